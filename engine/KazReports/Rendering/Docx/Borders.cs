using DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Rendering.Docx;

/// <summary>Table borders: single lines of the theme width, or none at all.</summary>
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

    public static TableBorders None() => new()
    {
        TopBorder = new TopBorder { Val = BorderValues.None, Size = 0, Space = 0 },
        LeftBorder = new LeftBorder { Val = BorderValues.None, Size = 0, Space = 0 },
        BottomBorder = new BottomBorder { Val = BorderValues.None, Size = 0, Space = 0 },
        RightBorder = new RightBorder { Val = BorderValues.None, Size = 0, Space = 0 },
        InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.None, Size = 0, Space = 0 },
        InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.None, Size = 0, Space = 0 },
    };
}
