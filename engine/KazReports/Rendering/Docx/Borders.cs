using DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Rendering.Docx;

/// <summary>Table borders of the KazTable style: single lines of the theme width (a table without borders: <see cref="WordTable.NoBorders"/>).</summary>
internal static class Borders
{
    public static TableBorders Table(double widthPt)
    {
        var size = Units.BorderEighths(widthPt);
        return new TableBorders
        {
            TopBorder = new TopBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = "auto" },
            LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = "auto" },
            BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = "auto" },
            RightBorder = new RightBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = "auto" },
            InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = "auto" },
            InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = "auto" },
        };
    }
}
