using KazReports.Build;
using KazReports.Cli;
using KazReports.Diagnostics;
using KazReports.Documents;

namespace KazReports.Tests.Composition;

/// <summary>kaz build --watch: which documents a saved file affects, and the loop that rebuilds them.</summary>
public sealed class WatchTests
{
    [Fact]
    public void A_template_reads_its_partials_transitively()
    {
        var templates = Repo.Copy(Repo.Templates, "deps");
        File.AppendAllText(Path.Combine(templates, "partials", "signature.sbn"), "\n{{ include \"partials/extra.sbn\" }}\n");
        File.WriteAllText(Path.Combine(templates, "partials", "extra.sbn"), "текст");
        var deps = new TemplateDependencies(templates);
        Assert.Equal(["letter.sbn", "partials/extra.sbn", "partials/letterhead.sbn", "partials/signature.sbn"], deps.Closure("letter.sbn").Order(StringComparer.Ordinal));
        Assert.Contains("partials/grade-chart.sbn", deps.Closure("vpr-report.sbn"));
        Assert.DoesNotContain("partials/letterhead.sbn", deps.Closure("vpr-report.sbn"));
        Assert.True(deps.Affected("order.sbn", new HashSet<string> { "partials/extra.sbn" }));
        Assert.False(deps.Affected("plan.sbn", new HashSet<string> { "partials/extra.sbn" }));
    }

    [Theory]
    [InlineData("{{ include \"a.sbn\" }}", "a.sbn", false)]
    [InlineData("{{ include('partials/b.sbn') }}", "partials/b.sbn", false)]
    [InlineData("{{ include name }}", "", true)]
    [InlineData("{{ x = 1 }} включает", "", false)]
    public void Includes_are_read_from_the_source(string source, string expected, bool dynamic)
    {
        var names = TemplateDependencies.Includes(source, out var computed);
        Assert.Equal(expected.Length == 0 ? [] : [expected], names);
        Assert.Equal(dynamic, computed);
    }

    [Fact]
    public void A_computed_include_makes_a_template_depend_on_every_change()
    {
        var templates = Repo.TempDir("deps-dynamic");
        File.WriteAllText(Path.Combine(templates, "a.sbn"), "{{ include part }}");
        var deps = new TemplateDependencies(templates);
        Assert.True(deps.IsDynamic("a.sbn"));
        Assert.True(deps.Affected("a.sbn", new HashSet<string> { "whatever.sbn" }));
    }

    [Fact]
    public void Data_and_settings_change_everything_templates_only_their_documents()
    {
        var data = Path.Combine(Repo.Root, "data");
        var templates = Path.Combine(Repo.Root, "templates");
        Assert.True(ChangeSet.From([Path.Combine(data, "results", "x.csv")], data, templates).All);
        Assert.True(ChangeSet.From([Path.Combine(templates, "theme.yaml")], data, templates).All);
        var partial = ChangeSet.From([Path.Combine(templates, "partials", "signature.sbn"), Path.Combine(templates, "partials", ".signature.sbn.swp"),
            Path.Combine(templates, "README.md"), Path.Combine(templates, "letter.sbn~")], data, templates);
        Assert.False(partial.All);
        Assert.Equal(["partials/signature.sbn"], partial.Templates);
        Assert.True(ChangeSet.From([Path.Combine(templates, "README.md"), Path.Combine(Repo.Root, "output", "a.pdf")], data, templates).IsEmpty);
    }

    [Fact]
    public void A_changed_partial_rebuilds_only_the_documents_that_include_it()
    {
        var output = Repo.TempDir("watch-filter");
        var change = ChangeSet.From([Path.Combine(Repo.Templates, "partials", "signature.sbn")], Repo.Data, Repo.Templates);
        var options = new BuildOptions(Repo.Data, Repo.Templates, output, [], null, ["html"],
            Filter: change.Filter(new TemplateDependencies(Repo.Templates)));
        var result = BuildCommand.Execute(options, null);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Items));
        var built = result.Written.Select(p => Path.GetRelativePath(output, p).Replace('\\', '/')).ToArray();
        Assert.Contains("letters/kazanskaya.html", built);
        Assert.Contains("orders/18.html", built);
        Assert.Contains("vpr-2023.html", built); // the report is signed too
        Assert.DoesNotContain("plan.html", built);
        Assert.DoesNotContain("passport.html", built);
        Assert.DoesNotContain("roadmap-2024.html", built);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_loop_rebuilds_after_a_save_and_stops_when_cancelled(bool polling)
    {
        var data = Repo.TempDir("watch-data");
        var templates = Repo.TempDir("watch-templates");
        File.WriteAllText(Path.Combine(templates, "letter.sbn"), "{{ include \"partials/sign.sbn\" }}");
        File.WriteAllText(Path.Combine(templates, "plan.sbn"), "план");
        Directory.CreateDirectory(Path.Combine(templates, "partials"));
        File.WriteAllText(Path.Combine(templates, "partials", "sign.sbn"), "подпись");
        var jobs = new[] { Job("letter.sbn"), Job("plan.sbn") };
        var rounds = new System.Collections.Concurrent.ConcurrentQueue<string[]>();
        BuildResult Build(BuildOptions o)
        {
            var selected = jobs.Where(j => o.Filter is null || o.Filter(j)).Select(j => j.Template).ToArray();
            rounds.Enqueue(selected);
            return new BuildResult(selected, new DiagnosticBag(), TimeSpan.Zero);
        }
        var stdout = new StringWriter();
        var synced = TextWriter.Synchronized(stdout);
        string Said()
        {
            lock (synced) return stdout.ToString(); // the synchronized writer locks on itself
        }
        using var loop = new WatchLoop(new BuildOptions(data, templates, Repo.TempDir("watch-out"), [], null, ["pdf"]), Build, _ => { }, synced)
        {
            Debounce = TimeSpan.FromMilliseconds(500),
            PollInterval = TimeSpan.FromMilliseconds(100),
            Polling = polling,
        };
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => loop.Run(stop.Token));
        // The watchers are set up after the first round; the loop says so once they are.
        Assert.True(SpinWait.SpinUntil(() => Said().Contains("слежу за", StringComparison.Ordinal), TimeSpan.FromSeconds(30)), Said());
        Assert.Single(rounds);
        File.AppendAllText(Path.Combine(templates, "partials", "sign.sbn"), "\nИ.О. Фамилия");
        File.AppendAllText(Path.Combine(templates, "partials", "sign.sbn"), "\n");
        Assert.True(SpinWait.SpinUntil(() => rounds.Count >= 2, TimeSpan.FromSeconds(10)), Said());
        stop.Cancel();
        Assert.Equal(0, await running.WaitAsync(TimeSpan.FromSeconds(10)));
        var all = rounds.ToArray();
        Assert.Equal(["letter.sbn", "plan.sbn"], all[0]);
        Assert.Equal(["letter.sbn"], all[1]);
        Assert.Equal(2, all.Length); // two saves close together are one rebuild
        Assert.Contains("готово: 1 файл за", Said(), StringComparison.Ordinal);
        Assert.Contains("наблюдение остановлено", Said(), StringComparison.Ordinal);
    }

    [Fact]
    public void Polling_reports_files_added_changed_and_removed_in_subfolders()
    {
        var dir = Repo.TempDir("poll");
        Directory.CreateDirectory(Path.Combine(dir, "partials"));
        var kept = Path.Combine(dir, "kept.sbn");
        var edited = Path.Combine(dir, "partials", "edited.sbn");
        var removed = Path.Combine(dir, "removed.sbn");
        foreach (var f in new[] { kept, edited, removed }) File.WriteAllText(f, "текст");
        var seen = new List<string>();
        using var watcher = new PollingWatcher(dir, TimeSpan.FromHours(1), seen.Add);
        watcher.Poll();
        Assert.Empty(seen);

        File.AppendAllText(edited, " и ещё");
        File.Delete(removed);
        var added = Path.Combine(dir, "partials", "added.sbn");
        File.WriteAllText(added, "новый");
        watcher.Poll();
        Assert.Equal(new[] { added, edited, removed }.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));

        seen.Clear();
        watcher.Poll();
        Assert.Empty(seen);
    }

    private static DocumentJob Job(string template) =>
        new("letters", template, template, new DocumentInfo(template, "", null, new DateOnly(2024, 1, 1)), () => new());
}
