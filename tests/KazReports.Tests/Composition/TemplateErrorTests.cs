using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Validation;

namespace KazReports.Tests.Composition;

/// <summary>A broken template gives a diagnostic with the template's file and line, never an exception.</summary>
public sealed class TemplateErrorTests
{
    private static IReadOnlyList<Diagnostic> BuildWith(string template, string text)
    {
        var dir = Repo.Copy(Repo.Templates, "templates");
        File.WriteAllText(Path.Combine(dir, template), text);
        var (data, bag) = CheckedData.Load(Repo.Data);
        Assert.False(bag.HasErrors);
        var (_, diagnostics) = Pipeline.Compose(data!, dir);
        return diagnostics.Items.Where(d => d.IsError).ToArray();
    }

    [Fact]
    public void Syntax_error_names_file_line_and_column()
    {
        var d = BuildWith("plan.sbn", "Первая строка\n{{ for a in plan.sections }}\nнет end\n");
        var e = Assert.Single(d);
        Assert.Equal("KR2001", e.Code);
        Assert.Equal("templates/plan.sbn", e.Span.File);
        Assert.StartsWith("templates/plan.sbn(", e.ToString());
        Assert.Contains("ошибка KR2001", e.ToString());
    }

    [Fact]
    public void Unknown_variable_is_an_error_in_russian_with_its_line()
    {
        var d = BuildWith("plan.sbn", "Строка 1\nСтрока 2\n{{ plan.titel }}\n");
        var e = Assert.Single(d);
        Assert.Equal("KR2002", e.Code);
        Assert.Equal(3, e.Span.Line);
        Assert.Equal(9, e.Span.Column); // the misspelt member itself
    }

    [Fact]
    public void Builtins_shared_by_all_renders_cannot_be_changed_by_a_template()
    {
        var d = BuildWith("plan.sbn", "{{ string.added_by_template = 1 }}\n");
        Assert.Contains(d, e => e.Code.StartsWith("KR20", StringComparison.Ordinal));
        var shared = Assert.IsAssignableFrom<Scriban.Runtime.ScriptObject>(KazReports.Templates.TrackingContext.SharedBuiltins["string"]);
        Assert.False(shared.ContainsKey("added_by_template"));
    }

    [Fact]
    public void Misspelt_global_is_reported_not_printed_empty()
    {
        var d = BuildWith("plan.sbn", "{{ plna.title }}\n");
        var e = Assert.Single(d);
        Assert.Contains("«plna»", e.Message);
        Assert.Contains("не найдена", e.Message);
    }

    [Fact]
    public void Endless_loop_stops_at_the_loop_limit()
    {
        var d = BuildWith("plan.sbn", "{{ while true }}x{{ end }}\n");
        var e = Assert.Single(d);
        Assert.Equal("KR2002", e.Code);
        Assert.Contains("цикл превысил предел", e.Message);
    }

    [Fact]
    public void Runaway_recursion_is_stopped()
    {
        var d = BuildWith("plan.sbn", "{{ func f(x); ret f(x + 1); end; f 1 }}\n");
        var e = Assert.Single(d);
        Assert.Contains("вложенность", e.Message);
    }

    [Fact]
    public void Include_outside_the_templates_folder_is_refused()
    {
        var d = BuildWith("plan.sbn", "{{ include \"../data/district.yaml\" }}\n");
        var e = Assert.Single(d);
        Assert.Contains("только шаблоны из папки шаблонов", e.Message);
    }

    [Fact]
    public void Table_row_that_does_not_fill_the_grid_points_at_its_template_line()
    {
        var d = BuildWith("plan.sbn", "::: table widths=1,1,1\n| a | b | c |\n| только | две |\n:::\n");
        var e = Assert.Single(d);
        Assert.Equal("KR2005", e.Code);
        Assert.Equal("templates/plan.sbn", e.Span.File);
        Assert.Equal(3, e.Span.Line);
    }

    [Fact]
    public void Unknown_directive_is_reported()
    {
        var d = BuildWith("plan.sbn", "::: stampp\nУТВЕРЖДАЮ\n:::\n");
        Assert.Equal("KR2005", Assert.Single(d).Code);
    }

    [Fact]
    public void Chart_without_data_is_an_error()
    {
        var d = BuildWith("plan.sbn", "::: chart\ntitle: пусто\ncategories: []\nseries: []\n:::\n");
        Assert.Contains("без данных", Assert.Single(d).Message);
    }

    [Fact]
    public void A_chart_too_crowded_to_read_is_a_warning_that_says_the_limit()
    {
        string Chart(int series, int categories) =>
            "::: chart\nkind: line\ntitle: t\ncategories: [" + string.Join(", ", Enumerable.Range(1, categories).Select(c => "к" + c)) + "]\nseries:\n" +
            string.Concat(Enumerable.Range(1, series).Select(s => $"  - name: р{s}\n    values: [{string.Join(", ", Enumerable.Range(1, categories))}]\n")) + ":::\n";
        Assert.Empty(WarningsWith(Chart(20, 60)));
        var many = Assert.Single(WarningsWith(Chart(21, 3)));
        Assert.Equal("диаграмма: рядов 21 — легенда займёт место графика, линии и столбцы не различить; покажите не больше 20, остальное — в таблице", many.Message);
        Assert.Equal(("KR2005", 1), (many.Code, many.Span.Line));
        var wide = Assert.Single(WarningsWith(Chart(2, 61)));
        Assert.Equal("диаграмма: категорий 61 — столбцы станут тоньше подписей; покажите не больше 60, остальное — в таблице", wide.Message);
    }

    private static IReadOnlyList<Diagnostic> WarningsWith(string text)
    {
        var dir = Repo.Copy(Repo.Templates, "templates");
        File.WriteAllText(Path.Combine(dir, "plan.sbn"), text);
        var (data, bag) = CheckedData.Load(Repo.Data);
        Assert.False(bag.HasErrors);
        var (_, diagnostics) = Pipeline.Compose(data!, dir);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return diagnostics.Items.Where(d => !d.IsError && d.Span.File.EndsWith("plan.sbn", StringComparison.Ordinal)).ToArray();
    }

    [Fact]
    public void A_broken_template_does_not_stop_other_documents()
    {
        var dir = Repo.Copy(Repo.Templates, "templates");
        File.WriteAllText(Path.Combine(dir, "plan.sbn"), "{{ nope }}");
        var (data, _) = CheckedData.Load(Repo.Data);
        var (docs, diagnostics) = Pipeline.Compose(data!, dir);
        Assert.True(diagnostics.HasErrors);
        Assert.False(docs.ContainsKey("plan"));
        Assert.True(docs.ContainsKey("passport"));
        Assert.True(docs.ContainsKey("letters/kazanskaya"));
    }
}

/// <summary>The shared model is read-only, and what it builds on first read is not built before.</summary>
public sealed class SharedModelTests
{
    [Fact]
    public void Lazy_members_stay_unbuilt_until_a_template_reads_them()
    {
        var data = KazReports.Tests.Foundation.Repo.Data;
        var index = new KazReports.Analysis.ResultIndex(data);
        var model = new KazReports.Templates.ModelBuilder(data, index);
        var shared = model.Base();
        var lazy = Assert.IsAssignableFrom<KazReports.Templates.ModelBuilder.ILazyMembers>(shared);
        Assert.True(lazy.IsPending("schools"));
        Assert.True(shared.IsReadOnly);

        var shnor = model.Shnor(KazReports.Analysis.ShnorIdentification.Identify(data, index, data.Letters!.Year));
        var lists = Assert.IsAssignableFrom<KazReports.Templates.ModelBuilder.ILazyMembers>(shnor);
        Assert.True(lists.IsPending("list"));

        var schools = Assert.IsType<Scriban.Runtime.ScriptArray>(shared["schools"]);
        Assert.Equal(data.Schools.Count, schools.Count);
        Assert.False(lazy.IsPending("schools"));
        Assert.True(schools.IsReadOnly);
    }
}
