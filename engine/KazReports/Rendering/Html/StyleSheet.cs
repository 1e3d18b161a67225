using System.Text;
using KazReports.Documents;
using static KazReports.Rendering.Html.HtmlWriter;

namespace KazReports.Rendering.Html;

/// <summary>
/// The page's one stylesheet, made from the theme: on screen each sheet of the document is a white
/// A4 page (narrowing with the window), in print the sheets are the pages, with the theme's margins,
/// fonts and sizes and the page number at the top from the second page (ГОСТ Р 7.0.97).
/// </summary>
internal static class StyleSheet
{
    public static string For(Theme theme, Margins margins)
    {
        var fonts = string.Join(",", theme.FontFamilies.Select(f => "\"" + Safe(f) + "\"").Append("serif"));
        var m = $"{Number(margins.Top)}mm {Number(margins.Right)}mm {Number(margins.Bottom)}mm {Number(margins.Left)}mm";
        var indent = Number(theme.FirstLineIndentMm) + "mm";
        var align = theme.BodyAlignment switch { Alignment.Center => "center", Alignment.Right => "right", Alignment.Left or Alignment.Default => "left", _ => "justify" };
        var border = Number(Math.Max(theme.TableBorderPt, 0.5)) + "pt solid #000";
        var pad = Number(theme.CellPaddingMm) + "mm";
        var sb = new StringBuilder();
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $$$"""
            :root{color-scheme:light}
            html{background:#d9d9d9}
            body{margin:0;font-family:{{{fonts}}};font-size:{{{Number(theme.BodySizePt)}}}pt;line-height:{{{Number(1.15 * theme.LineSpacing)}}};color:#000}
            main{padding:1px 0}
            .sheet{background:#fff;max-width:210mm;box-sizing:border-box;padding:{{{m}}};margin:8mm auto;box-shadow:0 0 2mm rgba(0,0,0,.35)}
            .sheet.landscape{max-width:297mm}
            @media (max-width:220mm){.sheet{padding:6mm;margin:0 auto}}
            p{margin:0 0 {{{Number(theme.SpaceAfterPt)}}}pt;text-indent:{{{indent}}};text-align:{{{align}}};hyphens:auto}
            h1,h2,h3,.title{font-size:{{{Number(theme.TitleSizePt)}}}pt;font-weight:bold;margin:{{{Number(theme.HeadingSpaceBeforePt)}}}pt 0 {{{Number(theme.HeadingSpaceAfterPt)}}}pt;break-after:avoid}
            h1,.title{text-align:center;text-indent:0}
            h2{font-size:{{{Number(Size(theme, 1))}}}pt;text-indent:{{{indent}}}}
            h3{font-size:{{{Number(Size(theme, 2))}}}pt;text-indent:{{{indent}}}}
            .title{margin:{{{Number(theme.TitleSpacePt)}}}pt 0 {{{Number(Math.Max(theme.HeadingSpaceAfterPt, theme.TitleSpacePt))}}}pt}
            .subject{text-indent:0;text-align:left;margin:{{{Role(theme, theme.TitleSpacePt)}}}}
            .salutation{text-indent:0;text-align:center;margin:{{{Role(theme, theme.SalutationSpacePt)}}}}
            .order-word{text-indent:0;text-align:left;margin:{{{Role(theme, theme.OrderWordSpacePt)}}}}
            .subject,.salutation,.order-word{break-after:avoid}
            .al-left{text-align:left}.al-center{text-align:center}.al-right{text-align:right}.al-justify{text-align:justify}
            .noindent{text-indent:0}.indent{text-indent:{{{indent}}}}
            .small{font-size:{{{Number(theme.SmallSizePt)}}}pt;text-indent:0;text-align:left}
            ul,ol{margin:0;padding:0;list-style-position:inside}
            ul{list-style-type:"– "}
            li{text-indent:{{{indent}}};text-align:{{{align}}}}
            li p{display:inline;text-indent:0}
            li li{margin-left:{{{indent}}}}
            nav.contents ul{list-style:none;margin:0 0 12pt;padding:0}nav.contents li{text-indent:0;text-align:left;margin:0 0 3pt}nav.contents li.level-2{margin-left:{{{indent}}}}nav.contents li.level-3{margin-left:calc(2 * {{{indent}}})}
            ol.clauses{list-style-type:decimal}ol.clauses>li{text-align:justify;margin:0 0 {{{Number(theme.SpaceAfterPt)}}}pt}
            table{border-collapse:collapse;width:100%;margin:{{{Number(theme.TableSpacePt)}}}pt 0;font-size:{{{Number(theme.TableSizePt)}}}pt;line-height:{{{Number(1.15 * theme.TableLineSpacing)}}}}
            h1+table,h2+table,h3+table,.title+table,.subject+table{margin-top:0}table:has(+p.small){margin-bottom:0}figure table{margin:6pt 0}
            caption{caption-side:top;text-align:center;font-weight:normal;padding-bottom:3pt}
            th,td{border:{{{border}}};padding:{{{pad}}};vertical-align:top;text-align:left;font-weight:normal}
            table.plain th,table.plain td{border:none}
            thead th,thead td{background:#{{{Color(theme.HeaderShading)}}};font-weight:bold;text-align:center;vertical-align:middle}
            tr.group th{background:#{{{Color(theme.GroupShading)}}};font-weight:bold}
            td p,th p{text-indent:0;text-align:inherit;margin:0}
            .v-center{vertical-align:middle}.v-bottom{vertical-align:bottom}.b{font-weight:bold}
            .req p,.req{text-indent:0;text-align:left;margin:0}
            .letterhead{width:{{{Number(theme.LetterheadWidthMm)}}}mm;max-width:100%;text-align:center;margin-bottom:12pt}
            .letterhead p{text-align:center}.letterhead .name{font-weight:bold}.letterhead .details{margin-top:6pt}
            .pair{display:flex;justify-content:space-between;gap:6mm;flex-wrap:wrap;margin-bottom:12pt}
            .pair .letterhead{margin-bottom:0}
            .right{width:{{{Number(theme.StampWidthMm)}}}mm;max-width:100%;margin:0 0 12pt auto}
            .pair .right{margin:0}
            .order{margin-bottom:12pt}.order p{text-align:center;text-indent:0}
            .order .authority{font-weight:bold}.order .kind{font-weight:bold;letter-spacing:3pt;margin:12pt 0}
            .order .line{display:flex;justify-content:space-between}
            .signature{display:flex;justify-content:space-between;align-items:flex-end;gap:6mm;margin-top:24pt}
            .signature p{text-indent:0;text-align:left;margin:0}.signature .sig-name{text-align:right;white-space:nowrap}
            .executor{margin-top:36pt;font-size:{{{Number(theme.SmallSizePt)}}}pt}.executor p{text-indent:0;text-align:left;margin:0}
            figure{margin:6pt 0;text-align:center;break-inside:avoid}
            figure svg{max-width:100%;height:auto}
            figcaption{font-size:{{{Number(theme.TableSizePt)}}}pt;text-align:center}
            figure details{text-align:left;font-size:{{{Number(theme.TableSizePt)}}}pt;margin-top:3pt}
            figure summary{cursor:pointer;color:#1f3f7a;text-decoration:underline}
            figure img{max-width:100%;height:auto}
            .sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
            @page{size:A4;margin:{{{m}}}}
            @page wide{size:A4 landscape}

            """);
        if (theme.PageNumbers.Show)
        {
            var box = theme.PageNumbers.Position switch
            {
                PageNumberPosition.BottomCenter => "bottom-center",
                PageNumberPosition.BottomRight => "bottom-right",
                _ => "top-center",
            };
            sb.Append("@page{@").Append(box).Append("{content:counter(page);font-family:").Append(fonts)
              .Append(";font-size:").Append(Number(theme.BodySizePt)).Append("pt}}\n");
            if (theme.PageNumbers.FromSecondPage) sb.Append("@page:first{@").Append(box).Append("{content:none}}\n");
        }
        sb.Append("""
            @media print{
            html{background:none}
            main{padding:0}
            .sheet,.sheet.landscape{max-width:none;padding:0;margin:0;box-shadow:none;break-after:page}
            .sheet:last-child{break-after:auto}
            .sheet.landscape{page:wide}
            thead{display:table-header-group}
            tr{break-inside:avoid}
            figure details{display:none}
            }

            """);
        return sb.ToString();
    }

    /// <summary>The margin of a part of an official document's text: the theme's space before and after (CSS margins collapse, as the PDF's spaces do).</summary>
    private static string Role(Theme theme, double spacePt) =>
        Number(spacePt) + "pt 0 " + Number(Math.Max(theme.SpaceAfterPt, spacePt)) + "pt";

        private static double Size(Theme theme, int index) =>
        theme.HeadingSizesPt.Count > index ? theme.HeadingSizesPt[index] : theme.BodySizePt;

    /// <summary>A theme colour as six hex digits; anything else is grey.</summary>
    internal static string Color(string? hex) =>
        hex is { Length: 6 } && hex.All(Uri.IsHexDigit) ? hex.ToUpperInvariant() : "E7E6E6";

    /// <summary>A font family name fit for a quoted CSS string.</summary>
    private static string Safe(string family) =>
        new(family.Where(c => c is not ('"' or '\\' or '<' or '>' or ';' or '{' or '}') && !char.IsControl(c)).ToArray());
}
