using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Templates;
using KazReports.Templates.Markup;
using Snapshooter;
using Snapshooter.Xunit;

namespace KazReports.Tests.Composition;

/// <summary>
/// Golden snapshots: the text of every document type built from the shipped data, and the model of
/// a markup sample. A change of wording or figures shows up as a snapshot diff to review.
/// </summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("passport")]
    [InlineData("plan")]
    [InlineData("roadmap-2024")]
    [InlineData("vpr-2023")]
    [InlineData("program")]
    [InlineData("letters/mokrushinskaya")]
    [InlineData("letters/galaninskaya")]
    [InlineData("orders/2-1")]
    [InlineData("orders/18")]
    [InlineData("orders/19")]
    public void Document_text(string name)
    {
        // The text as made, no-break spaces and hyphens of the typograph included.
        var text = DocumentText.Of(Pipeline.Documents[name]);
        Snapshot.Match(text, SnapshotNameExtension.Create(name.Replace('/', '-')));
    }

    [Fact]
    public void Markup_model()
    {
        const string markup = """
            ---
            title: Образец
            ---
            ::: title
            **Заголовок**<br>вторая строка
            :::

            # Раздел

            Абзац с **полужирным**, *курсивом*, ++подчёркнутым++ и м^2^.

            1. первый
               - вложенный
            2. второй

            ::: table widths=1,2 header=1
            | {rows=2} А | Б |
            | В |
            |# Группа
            | {cols=2 align=right} Г |
            :::

            ::: signature name="Л.А. Федюненко"
            Начальник
            отдела образования
            :::

            \newpage
            """;
        var lines = markup.Split('\n').Length;
        var bag = new DiagnosticBag();
        var doc = MarkupParser.Parse(new RenderedText(markup, l => new SourceSpan("sample.sbn", l + 1, 1)), Theme.Default,
            new DocumentInfo("", "автор", null, new DateOnly(2024, 1, 9)), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        Assert.True(lines > 10);
        Snapshot.Match(doc);
    }
}
