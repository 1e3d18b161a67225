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

    private readonly List<(bool Ordered, int Start, bool Clauses)> lists = [];

    public bool IsEmpty => lists.Count == 0;

    public int Count => lists.Count;

    /// <summary>Registers a list, returns its w:numId.</summary>
    public int Add(bool ordered, int start)
    {
        lists.Add((ordered, Math.Max(0, start), false));
        return lists.Count;
    }

    /// <summary>
    /// Registers numbered clauses (an order's «1. Утвердить…», a letter's recommendations): the number
    /// at the first-line indent, a space after it, the text back at the margin; returns its w:numId.
    /// </summary>
    public int AddClauses(int start)
    {
        lists.Add((true, Math.Max(0, start), true));
        return lists.Count;
    }

    /// <summary>The left edge of a level's text, in twips from the margin.</summary>
    public int TextIndent(int level) => Units.Twips(theme.FirstLineIndentMm + (Math.Clamp(level, 0, MaxLevel) * LevelStepMm) + HangingMm);

    /// <summary>numbering.xml: an abstractNum per list (all levels), then a num per list.</summary>
    public void Write(WordXmlWriter w)
    {
        w.Start("numbering");
        for (var i = 0; i < lists.Count; i++)
        {
            w.Start("abstractNum");
            w.Attribute("abstractNumId", i);
            w.Value("multiLevelType", "multilevel");
            for (var level = 0; level <= MaxLevel; level++)
            {
                Level(w, level, lists[i].Ordered, lists[i].Start, lists[i].Clauses);
            }

            w.End();
        }

        for (var i = 0; i < lists.Count; i++)
        {
            w.Start("num");
            w.Attribute("numId", i + 1);
            w.Value("abstractNumId", i);
            w.End();
        }

        w.End();
    }

    private void Level(WordXmlWriter w, int level, bool ordered, int start, bool clauses)
    {
        var textIndent = TextIndent(level);
        w.Start("lvl");
        w.Attribute("ilvl", level);
        w.Value("start", ordered ? start : 1);
        w.Value("numFmt", ordered ? "decimal" : "bullet");
        if (clauses)
        {
            w.Value("suff", "space");
        }

        w.Value("lvlText", ordered ? "%" + Units.Str(level + 1) + "." : BulletTexts[level % BulletTexts.Length]);
        w.Value("lvlJc", "left");
        if (clauses)
        {
            w.Start("pPr");
            ParagraphFormat.WriteIndent(w, new Indent(Left: 0, FirstLine: Units.Twips(theme.FirstLineIndentMm)));
            w.End();
            w.End();
            return;
        }

        w.Start("pPr");
        w.Start("tabs");
        w.Start("tab");
        w.Attribute("val", "num");
        w.Attribute("pos", textIndent);
        w.End();
        w.End();
        ParagraphFormat.WriteIndent(w, new Indent(Left: textIndent, Hanging: Units.Twips(HangingMm)));
        w.End();
        if (!ordered)
        {
            var font = StylesPart.FontFamily(theme);
            w.Start("rPr");
            w.Start("rFonts");
            w.Attribute("hint", "default");
            w.Attribute("ascii", font);
            w.Attribute("hAnsi", font);
            w.Attribute("cs", font);
            w.End();
            w.End();
        }

        w.End();
    }
}
