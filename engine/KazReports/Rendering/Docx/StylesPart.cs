using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>
/// styles.xml: document defaults and real Word styles (Normal, Title, Heading 1–3, TableText, Small,
/// List Paragraph, header/footer, caption, «Заголовок к тексту», «Обращение», «Распорядительное слово», the requisites of official documents — «Бланк», «Адресат»,
/// «Гриф утверждения», «Отметка о приложении», «Подпись», «Исполнитель» — and the KazTable table
/// style), so users can restyle in Word.
/// </summary>
internal static class StylesPart
{
    public const string Language = "ru-RU";

    public static Styles Build(Theme theme)
    {
        var styles = new Styles();
        styles.Append(DocDefaults(theme));
        styles.Append(Normal(theme));
        styles.Append(Title(theme));
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(Heading(theme, level));
        }

        styles.Append(NoIndentStyle(StyleIds.TableText, "Table Text", theme.TableSizePt, theme.TableLineSpacing, JustificationValues.Left));
        styles.Append(NoIndentStyle(StyleIds.Small, "Small", theme.SmallSizePt, 1.0, JustificationValues.Left));
        styles.Append(NoIndentStyle(StyleIds.Caption, "caption", theme.TableSizePt, 1.0, JustificationValues.Center));
        styles.Append(NoIndentStyle(StyleIds.Header, "header", null, 1.0, JustificationValues.Center));
        styles.Append(NoIndentStyle(StyleIds.Footer, "footer", null, 1.0, JustificationValues.Center));
        foreach (var (id, name) in StyleIds.Requisites)
        {
            var small = id == StyleIds.Executor;
            // Requisites are set without hyphens, as in the PDF (a letterhead's «Казачинское» stays whole).
            styles.Append(NoIndentStyle(id, name, small ? theme.SmallSizePt : theme.BodySizePt, 1.0,
                id == StyleIds.Letterhead ? JustificationValues.Center : JustificationValues.Left, hyphenate: false));
        }

        foreach (var (id, name) in RoleSpacing.Roles)
        {
            styles.Append(Role(theme, id, name));
        }

        styles.Append(ListParagraph());
        styles.Append(DefaultParagraphFont());
        styles.Append(TableNormal());
        styles.Append(KazTable(theme));
        return styles;
    }

    public static string FontFamily(Theme theme) => theme.FontFamilies.FirstOrDefault(f => !string.IsNullOrWhiteSpace(f)) ?? "Times New Roman";

    private static DocDefaults DocDefaults(Theme theme)
    {
        var font = FontFamily(theme);
        var runBase = new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
            FontSize = new FontSize { Val = Units.Str(Units.HalfPoints(theme.BodySizePt)) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Units.Str(Units.HalfPoints(theme.BodySizePt)) },
            Languages = new Languages { Val = Language, EastAsia = Language, Bidi = "ar-SA" },
        };
        var paragraphBase = new ParagraphPropertiesBaseStyle
        {
            // Widows and orphans as in the PDF: a page never starts or ends with one line of a paragraph.
            WidowControl = new WidowControl(),
            SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        };
        return new DocDefaults(
            new RunPropertiesDefault(runBase),
            new ParagraphPropertiesDefault(paragraphBase));
    }

    private static Style Normal(Theme theme)
    {
        var style = NewParagraphStyle(StyleIds.Normal, "Normal", basedOn: null, uiPriority: 0);
        style.Default = true;
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            SpacingBetweenLines = Spacing(before: null, after: theme.SpaceAfterPt, theme.LineSpacing),
            Indentation = new Indentation { FirstLine = Units.Str(Units.Twips(theme.FirstLineIndentMm)) },
            Justification = Units.Justification(theme.BodyAlignment) is { } jc ? new Justification { Val = Sdk(jc) } : null,
        };
        style.StyleRunProperties = SizeRun(theme.BodySizePt);
        return style;
    }

    private static Style Title(Theme theme)
    {
        var (before, after) = RoleSpacing.Of(StyleIds.Title, theme)!.Value;
        var style = NewParagraphStyle(StyleIds.Title, "Title", StyleIds.Normal, uiPriority: 10);
        style.NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.Normal };
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            SuppressAutoHyphens = new SuppressAutoHyphens(),
            SpacingBetweenLines = Spacing(before, after, lineMultiple: null),
            Indentation = new Indentation { FirstLine = "0" },
            Justification = new Justification { Val = JustificationValues.Center },
        };
        var run = SizeRun(theme.TitleSizePt);
        run.Bold = new Bold();
        run.BoldComplexScript = new BoldComplexScript();
        style.StyleRunProperties = run;
        return style;
    }

    private static Style Heading(Theme theme, int level)
    {
        var style = NewParagraphStyle(StyleIds.Heading(level), "heading " + level, StyleIds.Normal, uiPriority: 9);
        style.NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.Normal };
        var first = level == 1;
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SuppressAutoHyphens = new SuppressAutoHyphens(),
            SpacingBetweenLines = Spacing(theme.HeadingSpaceBeforePt, theme.HeadingSpaceAfterPt, lineMultiple: null),
            Indentation = first ? new Indentation { FirstLine = "0" } : null,
            Justification = new Justification { Val = first ? JustificationValues.Center : JustificationValues.Left },
            OutlineLevel = new OutlineLevel { Val = level - 1 },
        };
        var sizes = theme.HeadingSizesPt;
        var run = SizeRun(sizes.Count >= level ? sizes[level - 1] : theme.BodySizePt);
        run.Bold = new Bold();
        run.BoldComplexScript = new BoldComplexScript();
        style.StyleRunProperties = run;
        return style;
    }

    private static Style NoIndentStyle(string id, string name, double? sizePt, double lineMultiple, JustificationValues alignment,
        bool hyphenate = true)
    {
        var style = NewParagraphStyle(id, name, StyleIds.Normal, uiPriority: 29);
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            SuppressAutoHyphens = hyphenate ? null : new SuppressAutoHyphens(),
            SpacingBetweenLines = Spacing(before: 0, after: 0, lineMultiple),
            Indentation = new Indentation { FirstLine = "0" },
            Justification = new Justification { Val = alignment },
        };
        style.StyleRunProperties = sizePt is { } size ? SizeRun(size) : null;
        return style;
    }

    /// <summary>A part of an official document's text: body text without indent, the theme's space before and after, kept with the next paragraph.</summary>
    private static Style Role(Theme theme, string id, string name)
    {
        var (before, after) = RoleSpacing.Of(id, theme)!.Value;
        var style = NewParagraphStyle(id, name, StyleIds.Normal, uiPriority: 19);
        style.NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.Normal };
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            SpacingBetweenLines = Spacing(before, after, lineMultiple: null),
            Indentation = new Indentation { FirstLine = "0" },
            Justification = new Justification { Val = id == StyleIds.Salutation ? JustificationValues.Center : JustificationValues.Left },
        };
        return style;
    }

    private static Style ListParagraph()
    {
        var style = NewParagraphStyle(StyleIds.ListParagraph, "List Paragraph", StyleIds.Normal, uiPriority: 34);
        style.StyleParagraphProperties = new StyleParagraphProperties { ContextualSpacing = new ContextualSpacing() };
        return style;
    }

    private static Style DefaultParagraphFont() => new()
    {
        Type = StyleValues.Character,
        StyleId = StyleIds.DefaultParagraphFont,
        Default = true,
        StyleName = new StyleName { Val = "Default Paragraph Font" },
        UIPriority = new UIPriority { Val = 1 },
        SemiHidden = new SemiHidden(),
        UnhideWhenUsed = new UnhideWhenUsed(),
    };

    private static Style TableNormal() => new()
    {
        Type = StyleValues.Table,
        StyleId = StyleIds.TableNormal,
        Default = true,
        StyleName = new StyleName { Val = "Normal Table" },
        UIPriority = new UIPriority { Val = 99 },
        SemiHidden = new SemiHidden(),
        UnhideWhenUsed = new UnhideWhenUsed(),
        StyleTableProperties = new StyleTableProperties
        {
            TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            TableCellMarginDefault = CellMargins(108, 0),
        },
    };

    private static Style KazTable(Theme theme)
    {
        var padding = Units.Twips(theme.CellPaddingMm);
        return new Style
        {
            Type = StyleValues.Table,
            StyleId = StyleIds.KazTable,
            StyleName = new StyleName { Val = "KazTable" },
            BasedOn = new BasedOn { Val = StyleIds.TableNormal },
            UIPriority = new UIPriority { Val = 39 },
            PrimaryStyle = new PrimaryStyle(),
            StyleTableProperties = new StyleTableProperties
            {
                TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                TableBorders = Borders.Table(theme.TableBorderPt),
                TableCellMarginDefault = CellMargins(padding, padding),
            },
        };
    }

    private static TableCellMarginDefault CellMargins(int horizontal, int vertical) => new()
    {
        TopMargin = new TopMargin { Width = Units.Str(vertical), Type = TableWidthUnitValues.Dxa },
        TableCellLeftMargin = new TableCellLeftMargin { Width = (short)horizontal, Type = TableWidthValues.Dxa },
        BottomMargin = new BottomMargin { Width = Units.Str(vertical), Type = TableWidthUnitValues.Dxa },
        TableCellRightMargin = new TableCellRightMargin { Width = (short)horizontal, Type = TableWidthValues.Dxa },
    };

    private static Style NewParagraphStyle(string id, string name, string? basedOn, int uiPriority) => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
        StyleName = new StyleName { Val = name },
        BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
        UIPriority = new UIPriority { Val = uiPriority },
        PrimaryStyle = new PrimaryStyle(),
    };

    private static JustificationValues Sdk(Jc jc) => jc switch
    {
        Jc.Center => JustificationValues.Center,
        Jc.Right => JustificationValues.Right,
        Jc.Both => JustificationValues.Both,
        _ => JustificationValues.Left,
    };

    private static StyleRunProperties SizeRun(double sizePt) => new()
    {
        FontSize = new FontSize { Val = Units.Str(Units.HalfPoints(sizePt)) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Units.Str(Units.HalfPoints(sizePt)) },
    };

    private static SpacingBetweenLines Spacing(double? before, double? after, double? lineMultiple)
    {
        // Only set attributes: a StringValue assigned null would be written as an empty, invalid attribute.
        var spacing = new SpacingBetweenLines();
        if (before is { } b)
        {
            spacing.Before = Units.Str(Units.PointTwips(b));
        }

        if (after is { } a)
        {
            spacing.After = Units.Str(Units.PointTwips(a));
        }

        if (lineMultiple is { } l)
        {
            spacing.Line = Units.Str(Units.LineTwips(l));
            spacing.LineRule = LineSpacingRuleValues.Auto;
        }

        return spacing;
    }
}
