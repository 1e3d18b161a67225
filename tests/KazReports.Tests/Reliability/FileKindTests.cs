using System.Runtime.InteropServices;
using KazReports.Cli;
using static KazReports.Tests.Reliability.BadInputCatalogTests;

namespace KazReports.Tests.Reliability;

/// <summary>
/// Files that are not plain files in data/ and templates/: refused with a located message, never
/// opened (opening a named pipe for reading would wait for a writer for ever).
/// </summary>
public sealed class FileKindTests
{
#pragma warning disable CA2101 // the string parameter names its marshalling (UTF-8) itself
    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
#pragma warning restore CA2101

    private static void Fifo(Spoilt s, string rel)
    {
        var path = s.PathOf(rel);
        if (File.Exists(path)) File.Delete(path);
        Assert.Equal(0, MkFifo(path, Convert.ToUInt32("644", 8)));
    }

    private static void Link(Spoilt s, string rel, string target)
    {
        var path = s.PathOf(rel);
        if (File.Exists(path)) File.Delete(path);
        File.CreateSymbolicLink(path, target);
    }

    public static readonly (string Name, string Command, Action<Spoilt> Spoil, string File, string Message)[] Cases =
    [
        ("fifo_yaml", "validate", s => Fifo(s, "data/letters.yaml"), "data/letters.yaml", "ошибка KR1036: это именованный канал (FIFO), а не обычный файл: не читается"),
        ("fifo_schools_yaml", "validate", s => Fifo(s, "data/schools.yaml"), "data/schools.yaml", "ошибка KR1036: это именованный канал (FIFO), а не обычный файл: не читается"),
        ("fifo_results_csv", "validate", s => Fifo(s, "data/results/pipe.csv"), "data/results/pipe.csv", "ошибка KR1036: это именованный канал (FIFO), а не обычный файл: не читается"),
        ("fifo_results_xlsx", "validate", s => Fifo(s, "data/results/pipe.xlsx"), "data/results/pipe.xlsx", "ошибка KR1036: это именованный канал (FIFO), а не обычный файл: не читается"),
        ("fifo_region_csv", "validate", s => Fifo(s, "data/region.csv"), "data/region.csv", "ошибка KR1036: это именованный канал (FIFO), а не обычный файл: не читается"),
        ("link_to_device", "validate", s => Link(s, "data/roadmap-2099.yaml", "/dev/zero"), "data/roadmap-2099.yaml", "ошибка KR1036: это файл устройства, а не обычный файл: не читается"),
        ("link_loop", "validate", s => { Link(s, "data/orders/a.yaml", "b.yaml"); Link(s, "data/orders/b.yaml", "a.yaml"); },
            "data/orders/a.yaml", "ошибка KR1036: символические ссылки образуют петлю: файл не читается"),
        ("broken_link", "validate", s => Link(s, "data/plan.yaml", "/nonexistent/plan.yaml"), "data/plan.yaml", "ошибка KR1036: символическая ссылка ведёт к несуществующему файлу"),
        ("folder_named_like_a_file", "validate", s => { File.Delete(s.PathOf("data/district.yaml")); Directory.CreateDirectory(s.PathOf("data/district.yaml")); },
            "data/district.yaml", "ошибка KR1036: это папка, а не файл"),
        ("file_above_the_size_limit", "validate", s => { using var f = File.Create(s.PathOf("data/results/huge.csv")); f.SetLength(300L << 20); },
            "data/results/huge.csv", "ошибка KR1036: файл размером 300 МБ больше предела 256 МБ: это не файл данных или шаблонов?"),
        ("fifo_template", "build", s => Fifo(s, "templates/plan.sbn"), "templates/plan.sbn", "ошибка KR1036: это именованный канал (FIFO), а не обычный файл: не читается"),
        ("fifo_theme", "build", s => Fifo(s, "templates/theme.yaml"), "templates/theme.yaml", "ошибка KR1036: это именованный канал (FIFO), а не обычный файл: не читается"),
        ("template_link_out_of_the_folder", "build", s =>
            {
                File.WriteAllText(Path.Combine(s.DataDir, "secret.sbn"), "секрет");
                Link(s, "templates/partials/evil.sbn", Path.Combine(s.DataDir, "secret.sbn"));
                s.Write("templates/plan.sbn", "Текст\n{{ include \"partials/evil.sbn\" }}\n");
            },
            "templates/partials/evil.sbn", "ошибка KR2003: шаблон «partials/evil.sbn» — символическая ссылка за пределы папки шаблонов: можно подключать только шаблоны из папки шаблонов"),
    ];

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Not_a_plain_file_is_refused_with_its_place_and_never_opened(string name)
    {
        var c = Cases.Single(x => x.Name == name);
        using var s = new Spoilt();
        c.Spoil(s);
        string[] args = c.Command == "validate"
            ? ["validate", "--data", s.DataDir]
            : ["build", "--data", s.DataDir, "--templates", s.TemplatesDir, "--out", s.OutDir, "--only", "plan", "--format", "docx"];
        var stderr = new StringWriter();
        var run = Task.Run(() => KazCli.Run(args, new StringWriter(), stderr));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(finished == run, $"{name}: the command hangs");
        var code = await run;
        var err = stderr.ToString();
        Assert.True(code == 1, $"{name}: exit {code}\n{err}");
        Assert.Contains($"{s.Display(c.File)}: {c.Message}\n", err.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(s.OutDir) && Directory.EnumerateFiles(s.OutDir, "*.docx", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void A_symbolic_link_inside_the_templates_folder_is_followed()
    {
        using var s = new Spoilt();
        File.Move(s.PathOf("templates/plan.sbn"), s.PathOf("templates/partials/plan-real.sbn"));
        File.CreateSymbolicLink(s.PathOf("templates/plan.sbn"), "partials/plan-real.sbn");
        var stderr = new StringWriter();
        var code = KazCli.Run(["build", "--data", s.DataDir, "--templates", s.TemplatesDir, "--out", s.OutDir, "--only", "plan", "--format", "docx"],
            new StringWriter(), stderr);
        Assert.True(code == 0, stderr.ToString());
        Assert.True(File.Exists(Path.Combine(s.OutDir, "plan.docx")));
    }
}
