using KazReports.Parsing;
using KazReports.Diagnostics;
using KazReports.Documents;

namespace KazReports.Templates;

/// <summary>Reads templates/theme.yaml over the ГОСТ defaults of <see cref="Theme"/>.</summary>
public static class ThemeLoader
{
    public static Theme Load(string path, string display, DiagnosticBag bag)
    {
        var root = YamlFile.Open(path, display, bag, required: false);
        if (root is null) return Theme.Default;
        var t = Theme.Default;
        var fonts = root.Map("fonts");
        if (fonts is not null)
        {
            t = t with
            {
                FontFamilies = fonts.Strings("families") is { Count: > 0 } f ? f : t.FontFamilies,
                BodySizePt = (double?)fonts.Decimal("body") ?? t.BodySizePt,
                TableSizePt = (double?)fonts.Decimal("table") ?? t.TableSizePt,
                SmallSizePt = (double?)fonts.Decimal("small") ?? t.SmallSizePt,
                TitleSizePt = (double?)fonts.Decimal("title") ?? t.TitleSizePt,
            };
            if (fonts.Map("files") is { } files)
            {
                t = t with { Fonts = ThemeFonts.Read(files, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", bag) ?? t.Fonts };
            }
            fonts.Done();
        }
        var para = root.Map("paragraph");
        if (para is not null)
        {
            t = t with
            {
                LineSpacing = (double?)para.Decimal("line_spacing") ?? t.LineSpacing,
                FirstLineIndentMm = (double?)para.Decimal("first_line_indent_mm") ?? t.FirstLineIndentMm,
                SpaceAfterPt = (double?)para.Decimal("space_after_pt") ?? t.SpaceAfterPt,
                BodyAlignment = para.String("alignment") switch
                {
                    "left" => Alignment.Left,
                    "justify" or null => Alignment.Justify,
                    var other => Bad(bag, para, other),
                },
            };
            if (t.LineSpacing is < 1.0 or > 1.5)
                bag.Warning(TemplateCodes.Theme, para.Span, $"межстрочный интервал {t.LineSpacing} вне 1,0–1,5 (ГОСТ Р 7.0.97)");
            para.Done();
        }
        var page = root.Map("page");
        if (page is not null)
        {
            var m = page.Map("margins_mm");
            if (m is not null)
            {
                t = t with
                {
                    Margins = new Margins((double?)m.Decimal("top") ?? t.Margins.Top, (double?)m.Decimal("right") ?? t.Margins.Right,
                        (double?)m.Decimal("bottom") ?? t.Margins.Bottom, (double?)m.Decimal("left") ?? t.Margins.Left),
                };
                m.Done();
            }
            var n = page.Map("numbers");
            if (n is not null)
            {
                t = t with
                {
                    PageNumbers = new PageNumbering(
                        n.String("show") is not ("false" or "no"),
                        n.String("from_second_page") is not ("false" or "no"),
                        n.String("position") switch
                        {
                            "bottom-center" => PageNumberPosition.BottomCenter,
                            "bottom-right" => PageNumberPosition.BottomRight,
                            _ => PageNumberPosition.TopCenter,
                        }),
                };
                n.Done();
            }
            page.Done();
        }
        var table = root.Map("table");
        if (table is not null)
        {
            t = t with
            {
                TableBorderPt = (double?)table.Decimal("border_pt") ?? t.TableBorderPt,
                CellPaddingMm = (double?)table.Decimal("cell_padding_mm") ?? t.CellPaddingMm,
                HeaderShading = table.String("header_shading") ?? t.HeaderShading,
                GroupShading = table.String("group_shading") ?? t.GroupShading,
                TableLineSpacing = (double?)table.Decimal("line_spacing") ?? t.TableLineSpacing,
            };
            table.Done();
        }
        var spacing = root.Map("spacing");
        if (spacing is not null)
        {
            t = t with
            {
                TitleSpacePt = (double?)spacing.Decimal("title_pt") ?? t.TitleSpacePt,
                SalutationSpacePt = (double?)spacing.Decimal("salutation_pt") ?? t.SalutationSpacePt,
                OrderWordSpacePt = (double?)spacing.Decimal("order_word_pt") ?? t.OrderWordSpacePt,
                TableSpacePt = (double?)spacing.Decimal("table_pt") ?? t.TableSpacePt,
            };
            spacing.Done();
        }
        var blocks = root.Map("blocks");
        if (blocks is not null)
        {
            t = t with
            {
                StampWidthMm = (double?)blocks.Decimal("stamp_width_mm") ?? t.StampWidthMm,
                LetterheadWidthMm = (double?)blocks.Decimal("letterhead_width_mm") ?? t.LetterheadWidthMm,
            };
            blocks.Done();
        }
        var charts = root.Map("charts");
        if (charts is not null)
        {
            t = t with { ChartColors = charts.Strings("colors") is { Count: > 0 } c ? c : t.ChartColors };
            charts.Done();
        }
        var typography = root.Map("typography");
        if (typography is not null)
        {
            t = t with { Typography = ReadTypography(typography, bag) };
            typography.Done();
        }
        var pdf = root.Map("pdf");
        if (pdf is not null)
        {
            t = t with { PdfA = pdf.String("pdf_a") is "true" or "yes" or "да" };
            pdf.Done();
        }
        t = t with { Standard = root.String("standard") ?? t.Standard };
        root.Done();
        return t;
    }

    private static Typography ReadTypography(YMap m, DiagnosticBag bag)
    {
        var d = Typography.Default;
        static bool? Flag(string? v) => v switch { "true" or "yes" or "да" => true, "false" or "no" or "нет" => false, _ => null };
        var hyphen = m.Map("hyphenation");
        var result = d with
        {
            Typograph = Flag(m.String("typograph")) ?? d.Typograph,
            Hyphenation = Flag(hyphen?.String("enabled")) ?? d.Hyphenation,
            HyphenLeftMin = hyphen?.Int("left_min") ?? d.HyphenLeftMin,
            HyphenRightMin = hyphen?.Int("right_min") ?? d.HyphenRightMin,
            HyphenWordMin = hyphen?.Int("word_min") ?? d.HyphenWordMin,
            HyphenPenalty = hyphen?.Int("penalty") ?? d.HyphenPenalty,
            ConsecutiveHyphens = hyphen?.Int("consecutive") ?? d.ConsecutiveHyphens,
            TotalFit = m.String("line_breaking") switch
            {
                "paragraph" or null => true,
                "greedy" => false,
                var other => BadBreaking(bag, m, other),
            },
            Looseness = m.Int("looseness") ?? d.Looseness,
        };
        hyphen?.Done();
        if (result.HyphenLeftMin < 1 || result.HyphenRightMin < 1)
            bag.Error(TemplateCodes.Theme, m.Span, "typography.hyphenation: left_min и right_min — не меньше 1");
        return result;
    }

    private static bool BadBreaking(DiagnosticBag bag, YMap map, string value)
    {
        bag.Error(TemplateCodes.Theme, map.Span, $"typography.line_breaking «{value}»: допустимы paragraph, greedy");
        return true;
    }

    private static Alignment Bad(DiagnosticBag bag, YMap map, string value)
    {
        bag.Error(TemplateCodes.Theme, map.Span, $"выравнивание «{value}»: допустимы justify, left");
        return Alignment.Justify;
    }
}
