using KazReports.Diagnostics;
using KazReports.Templates;
using KazReports.Tests.Foundation;
using Scriban.Runtime;

namespace KazReports.Tests.Reliability;

/// <summary>
/// Templates are data, not code: they cannot read files, reach .NET objects or the clock, run for
/// ever or write without bound, and names they lead to stay inside --out.
/// </summary>
public sealed class SafeTemplateTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kaz-rel-safe-" + Guid.NewGuid().ToString("N"));

    public SafeTemplateTests() => Directory.CreateDirectory(Path.Combine(_dir, "partials"));

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    /// <summary>Renders <paramref name="text"/> as «t.sbn» with the shipped base model.</summary>
    private (string? Text, DiagnosticBag Bag) Render(string text, TemplateLimits? limits = null, ScriptObject? model = null)
    {
        File.WriteAllText(Path.Combine(_dir, "t.sbn"), text);
        var set = TemplateSet.Open(_dir, "templates");
        var bag = new DiagnosticBag();
        var globals = model ?? BaseModel.Value;
        var r = set.Render("t.sbn", globals, limits ?? new TemplateLimits(10_000), bag);
        return (r?.Text, bag);
    }

    private static readonly Lazy<ScriptObject> BaseModel = new(() =>
        new ModelBuilder(Repo.Data, new KazReports.Analysis.ResultIndex(Repo.Data)).Base());

    [Fact]
    public void The_model_shared_by_all_documents_is_not_changed_by_one_of_them()
    {
        var (_, nested) = Render("{{ district.name = \"другой\" }}");
        Assert.Contains(nested.Items, d => d.IsError);
        var (reassigned, bag) = Render("{{ district = \"своё\" }}{{ district }}|{{ schools.size }}");
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        Assert.Equal("своё|10", reassigned);
        var (after, _) = Render("{{ district.name }}");
        Assert.Equal(Repo.Data.District.District.Name, after);
    }

    private static Diagnostic Single(DiagnosticBag bag, string code)
    {
        var d = Assert.Single(bag.Items, x => x.IsError);
        Assert.True(d.Code == code, d.ToString());
        return d;
    }

    [Theory]
    [InlineData("{{ include \"../data/district.yaml\" }}")]
    [InlineData("{{ include \"/etc/passwd\" }}")]
    [InlineData("{{ include \"partials/../../secret.sbn\" }}")]
    public void Include_cannot_leave_the_templates_folder(string text)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_dir)!, "secret.sbn"), "СЕКРЕТ");
        var (output, bag) = Render(text);
        Assert.Null(output);
        var d = Single(bag, TemplateCodes.Limit);
        Assert.Contains("можно подключать только шаблоны из папки шаблонов", d.Message);
        Assert.Equal(("templates/t.sbn", 1), (d.Span.File, d.Span.Line));
    }

    [Fact]
    public void Include_inside_the_folder_works()
    {
        File.WriteAllText(Path.Combine(_dir, "partials", "p.sbn"), "частичный {{ district.name }}\n");
        var (output, bag) = Render("до\n{{ include \"partials/p.sbn\" }}после\n");
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        Assert.Equal("до\nчастичный Казачинский район\nпосле\n", output);
    }

    [Theory]
    [InlineData("{{ date.now }}", "функции «date» передано аргументов: 0, а нужно 1")]
    [InlineData("{{ district.GetType }}", "у значения нет поля «GetType»")]
    [InlineData("{{ schools[0].get_type }}", "у значения нет поля «get_type»")]
    [InlineData("{{ schools.GetType().Assembly }}", "")]
    [InlineData("{{ district.name.Length }}", "у значения нет поля «Length»")]
    [InlineData("{{ import \"System\" }}", "")]
    public void No_clock_and_no_dotnet_members_reach_a_template(string text, string message)
    {
        var (output, bag) = Render(text);
        Assert.Null(output);
        var d = Assert.Single(bag.Items, x => x.IsError);
        Assert.StartsWith("KR200", d.Code);
        Assert.Contains(message, d.Message);
        Assert.DoesNotContain("System.", d.Message);
        Assert.DoesNotContain(DateTime.Now.Year + "-", d.Message);
    }

    [Fact]
    public void Object_typeof_reveals_no_dotnet_type()
    {
        var (output, bag) = Render("{{ schools[0] | object.typeof }};{{ district | object.typeof }}");
        Assert.False(bag.HasErrors);
        Assert.DoesNotContain("KazReports", output);
        Assert.DoesNotContain("System", output);
    }

    [Fact]
    public void Whole_render_time_out_stops_a_slow_template_with_a_russian_message()
    {
        // Each loop is within the loop limit; together they take far longer than the time-out (hours).
        // Only the render is timed: the shared model is built first, which on a loaded machine takes seconds.
        _ = BaseModel.Value;
        var started = DateTime.UtcNow;
        var (output, bag) = Render("{{ for i in 1..100000 }}{{ for j in 1..100000 }}{{ end }}{{ end }}",
            new TemplateLimits(int.MaxValue, Timeout: TimeSpan.FromMilliseconds(300)));
        Assert.Null(output);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), $"{DateTime.UtcNow - started}");
        var d = Assert.Single(bag.Items, x => x.IsError);
        Assert.True(d.Code is TemplateCodes.Limit or TemplateCodes.Runtime, d.ToString());
        Assert.Contains("шаблон выполнялся дольше 0,3 с и остановлен", d.Message);
        Assert.Equal("templates/t.sbn", d.Span.File);
    }

    [Fact]
    public void Catastrophic_regex_stops_at_the_regex_time_out()
    {
        _ = BaseModel.Value;
        var started = DateTime.UtcNow;
        var (output, bag) = Render("{{ s = \"a\" * 40 }}{{ s + \"!\" | regex.match `^(a+)+$` }}",
            new TemplateLimits(10_000, Timeout: TimeSpan.FromSeconds(30)));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
        Assert.Null(output);
        var d = Assert.Single(bag.Items, x => x.IsError);
        Assert.True(d.Code is TemplateCodes.Runtime or TemplateCodes.Limit, d.ToString());
        Assert.Equal(("templates/t.sbn", 1), (d.Span.File, d.Span.Line));
    }

    [Fact]
    public void Output_above_the_limit_is_KR2003_with_a_russian_message()
    {
        var (output, bag) = Render("{{ for i in 1..100 }}строка {{ i }}\n{{ end }}", new TemplateLimits(10_000, OutputLimit: 500));
        Assert.Null(output);
        var d = Single(bag, TemplateCodes.Limit);
        Assert.Equal("документ длиннее 500 символов", d.Message);
        Assert.Equal("templates/t.sbn", d.Span.File);
    }

    [Fact]
    public void Output_limit_counts_long_strings_too()
    {
        var (output, bag) = Render("{{ for i in 1..30 }}{{ \"x\" | string.pad_left 100000 }}{{ end }}",
            new TemplateLimits(10_000, OutputLimit: 2_000_000));
        Assert.Null(output);
        Assert.Equal("документ длиннее 2 млн символов", Single(bag, TemplateCodes.Limit).Message);
    }

    [Theory]
    [InlineData("{{ fmt 1e300 }}")]
    [InlineData("{{ plural 1e300 \"школа\" \"школы\" \"школ\" }}")]
    [InlineData("{{ pct (1.0 / 0) }}")]
    [InlineData("{{ 1 / 0 }}")]
    [InlineData("{{ date_long \"вчера\" }}{{ 10000000000000000000000 * 10000000000000000000000 }}")]
    [InlineData("{{ \"(\" | regex.match \"(\" }}")]
    [InlineData("{{ result null null null null null }}")]
    [InlineData("{{ cohort schools[0].id \"rus\" 2023 5 1000000000 | array.size }}")]
    [InlineData("{{ cohort schools[0].id \"rus\" 2023 5 -5 | array.size }}")]
    public void Odd_arguments_give_diagnostics_not_exceptions(string text)
    {
        var (output, bag) = Render(text);
        Assert.True(output is not null || bag.HasErrors);
        Assert.All(bag.Items.Where(d => d.IsError), d => Assert.StartsWith("KR200", d.Code));
    }

    [Fact]
    public void Cohort_with_a_huge_number_of_steps_is_clamped_not_a_crash()
    {
        // Before the clamp this allocated 10⁹ points and killed the test host (found by the odd-argument theory).
        var (output, bag) = Render("{{ cohort schools[0].id \"rus\" 2023 5 1000000000 | array.size }}");
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        Assert.Equal("12", output);
    }

    [Fact]
    public void Order_number_with_dot_dot_writes_inside_out_only()
    {
        using var t = new TempData();
        t.Write("orders/evil.yaml", t.Read("orders/order-2-1.yaml").Replace("number: \"2-1\"", "number: \"../../etc/passwd\""));
        Assert.Contains("../../etc/passwd", t.Read("orders/evil.yaml"));
        var root = Path.Combine(Path.GetTempPath(), "kaz-rel-sanitize-" + Guid.NewGuid().ToString("N"));
        var outDir = Path.Combine(root, "a", "b", "out");
        try
        {
            var (code, _, err) = Repo.Cli("build", "--data", t.Dir, "--templates", Path.Combine(Repo.Root, "templates"), "--out", outDir,
                "--only", "orders", "--format", "docx");
            Assert.True(code == 0, err);
            var all = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToArray();
            Assert.All(all, f => Assert.StartsWith(outDir + Path.DirectorySeparatorChar, f));
            Assert.Contains(all, f => Path.GetFileName(f) == "etc-passwd.docx");
            Assert.False(File.Exists(Path.Combine(root, "a", "etc", "passwd.docx")));
            Assert.Equal("etc-passwd", KazReports.Data.Model.Ids.Sanitize("../../etc/passwd"));
            Assert.Equal("_", KazReports.Data.Model.Ids.Sanitize(".."));
        }
        finally
        {
            try { Directory.Delete(root, true); } catch (IOException) { }
        }
    }
}
