using KazReports.Analysis;
using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Tests.Foundation;
using KazReports.Text.Forms;
using Xunit;

namespace KazReports.Tests.Language;

/// <summary>
/// Every sentence pattern the engine writes, one golden file per pattern (Language/Golden/*.txt): the
/// call, the results that trigger it (the shipped schools, region and rules; only the results are
/// replaced), and the expected text, reviewed as Russian. The engine's output must equal it line by line.
/// </summary>
public sealed class GoldenSentenceTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "tests/KazReports.Tests/Language/Golden"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Engine_writes_the_golden_text(string file)
    {
        var golden = Golden.Read(Path.Combine(Repo.Root, "tests/KazReports.Tests/Language/Golden", file));
        var data = golden.Load();
        var index = new ResultIndex(data);
        var actual = Run(data, index, golden.Call);
        Assert.True(golden.Expected.SequenceEqual(actual),
            $"{file}: ожидалось\n{string.Join("\n", golden.Expected)}\nполучено\n{string.Join("\n", actual)}");
    }

    private static IReadOnlyList<string> Run(DataSet data, ResultIndex index, string[] call) => call[0] switch
    {
        "grade" => Conclusions.Grade(data, index, "ВПР", int.Parse(call[1]), int.Parse(call[2]), data.Shnor.Threshold),
        "cohort" => Conclusions.Cohort(data, index, "ВПР", int.Parse(call[1]), int.Parse(call[2]), data.Shnor.Threshold),
        "vpr-oge" => Conclusions.VprToOge(data, index, call[2], int.Parse(call[1])),
        "shnor-change" => ShnorChange.Of(data, index, ShnorIdentification.Identify(data, index, int.Parse(call[1])))?.Sentence() is { } s ? [s] : [],
        "recommendations" => Recommendations.For(data, index, ShnorIdentification.Decide(data, index, data.Shnor, data.FindSchool(call[2])!, int.Parse(call[1])), int.Parse(call[1]))
            .Select(r => r.Text + (r.Activities.Count > 0 ? " [" + string.Join(", ", r.Activities.Select(a => a.Id)) + "]" : "")).ToArray(),
        "addressee" => Addressee(data, data.FindSchool(call[1])!),
        _ => throw new InvalidOperationException("unknown call " + call[0]),
    };

    /// <summary>The addressee block and the name after «направляет результаты».</summary>
    private static IReadOnlyList<string> Addressee(DataSet data, School school)
    {
        var parent = school.BranchOf is { } p ? data.FindSchool(p) : null;
        var person = school.DirectorIn(GrammaticalCase.Dative);
        var lines = new List<string> { person is not null && parent is null ? "Директору" : "Руководителю", school.Official(parent, GrammaticalCase.Genitive) };
        if (person is not null) lines.Add(person);
        lines.Add("направляет результаты " + school.Official(parent, GrammaticalCase.Genitive));
        return lines;
    }

    private sealed record Golden(string[] Call, string Results, string? Schools, IReadOnlyList<string> Expected)
    {
        public static Golden Read(string path)
        {
            var sections = new Dictionary<string, List<string>>();
            var current = "";
            foreach (var raw in File.ReadAllLines(path))
            {
                if (raw.StartsWith("#", StringComparison.Ordinal)) continue;
                if (raw.StartsWith("== ", StringComparison.Ordinal)) { current = raw[3..].Trim(); sections[current] = []; continue; }
                if (current.Length > 0) sections[current].Add(raw);
            }
            string Text(string key) => sections.TryGetValue(key, out var l) ? string.Join("\n", l).Trim() + "\n" : "";
            return new Golden(Text("call").Trim().Split(' '), Repo.ResultsHeader + "\n" + Text("results"),
                sections.ContainsKey("schools") ? Text("schools") : null,
                sections["expected"].Where(l => l.Length > 0).ToArray());
        }

        /// <summary>The shipped data with the results (and, when given, the schools) of the golden file.</summary>
        public DataSet Load()
        {
            var dir = Path.Combine(Path.GetTempPath(), "kaz-golden-" + Guid.NewGuid().ToString("N"));
            Copy(Repo.DataDir, dir);
            if (!Results.Contains("shipped", StringComparison.Ordinal))
            {
                foreach (var f in Directory.GetFiles(Path.Combine(dir, "results"))) File.Delete(f);
                File.WriteAllText(Path.Combine(dir, "results", "golden.csv"), Results);
            }
            if (Schools is not null) File.WriteAllText(Path.Combine(dir, "schools.yaml"), Schools);
            try
            {
                var (data, bag) = DataLoader.Load(dir);
                return data ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
            }
            finally { Directory.Delete(dir, true); }
        }

        private static void Copy(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
            foreach (var d in Directory.GetDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
        }
    }
}
