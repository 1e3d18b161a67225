using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>
/// numbering.xml. Every <see cref="ListBlock"/> (nested ones too) gets its own abstract numbering and
/// its own num instance, so numbered lists restart and a nested list may differ from its parent;
/// a nested list uses the level of its depth, so its indent grows. All abstractNum come before num.
/// </summary>
internal sealed class NumberingPart(Theme theme)
{
    public const int MaxLevel = 8;

    /// <summary>Width of the number or bullet (hanging indent) and the step between levels, in mm.</summary>
    private const double HangingMm = 7;
    private const double LevelStepMm = 10;

    private static readonly string[] BulletTexts = ["–", "•", "–"];

    private readonly List<(bool Ordered, int Start)> lists = [];

    public bool IsEmpty => lists.Count == 0;

    public int Count => lists.Count;

    /// <summary>Registers a list, returns its w:numId.</summary>
    public int Add(bool ordered, int start)
    {
        lists.Add((ordered, Math.Max(0, start)));
        return lists.Count;
    }

    /// <summary>The left edge of a level's text, in twips from the margin.</summary>
    public int TextIndent(int level) => Units.Twips(theme.FirstLineIndentMm + (Math.Clamp(level, 0, MaxLevel) * LevelStepMm) + HangingMm);

    public Numbering Build()
    {
        var numbering = new Numbering();
        for (var i = 0; i < lists.Count; i++)
        {
            numbering.Append(AbstractNum(i, lists[i].Ordered, lists[i].Start));
        }

        for (var i = 0; i < lists.Count; i++)
        {
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = i }) { NumberID = i + 1 });
        }

        return numbering;
    }

    private AbstractNum AbstractNum(int id, bool ordered, int start)
    {
        var abstractNum = new AbstractNum
        {
            AbstractNumberId = id,
            MultiLevelType = new MultiLevelType { Val = MultiLevelValues.Multilevel },
        };
        for (var level = 0; level <= MaxLevel; level++)
        {
            abstractNum.Append(Level(level, ordered, start));
        }

        return abstractNum;
    }

    private Level Level(int level, bool ordered, int start)
    {
        var textIndent = TextIndent(level);
        var hanging = Units.Twips(HangingMm);
        var paragraph = new PreviousParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Number, Position = textIndent }),
            new Indentation { Left = Units.Str(textIndent), Hanging = Units.Str(hanging) });
        var result = new Level
        {
            LevelIndex = level,
            StartNumberingValue = new StartNumberingValue { Val = ordered ? start : 1 },
            NumberingFormat = new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
            LevelText = new LevelText { Val = ordered ? $"%{level + 1}." : BulletTexts[level % BulletTexts.Length] },
            LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left },
            PreviousParagraphProperties = paragraph,
        };
        if (!ordered)
        {
            var font = StylesPart.FontFamily(theme);
            result.NumberingSymbolRunProperties = new NumberingSymbolRunProperties(
                new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, Hint = FontTypeHintValues.Default });
        }

        return result;
    }
}
