using System.Globalization;
using System.Text;

namespace KazReports.Synthetic;

/// <summary>
/// Writes a valid synthetic region in the real data format: N schools in districts of about 40,
/// three years of ВПР and ОГЭ results with counts, region rows, and the rule, catalog, letter and
/// recommendation files. The same seed gives the same files.
/// </summary>
public static class RegionGenerator
{
    private static readonly string[] Districts =
        ["Северный", "Южный", "Заречный", "Лесной", "Озёрный", "Степной", "Горный", "Луговой", "Речной", "Полевой"];

    public static void Write(string dataDir, string shippedDataDir, int schools, int seed)
    {
        Directory.CreateDirectory(Path.Combine(dataDir, "results"));
        var random = new Random(seed);
        // The files that do not depend on the schools are the shipped ones.
        foreach (var name in new[] { "district.yaml", "program.yaml", "catalog.yaml", "shnor.yaml", "plan.yaml", "roadmap-2024.yaml", "letters.yaml", "recommendations.yaml", "settings.yaml" })
        {
            var from = Path.Combine(shippedDataDir, name);
            if (!File.Exists(from)) continue;
            // Activities that name schools of the shipped district would name unknown schools here.
            var lines = File.ReadAllLines(from).Where(l => !l.TrimStart().StartsWith("schools:", StringComparison.Ordinal));
            File.WriteAllLines(Path.Combine(dataDir, name), lines, new UTF8Encoding(false));
        }
        WriteSchools(Path.Combine(dataDir, "schools.yaml"), schools, random);
        WriteResults(Path.Combine(dataDir, "results", "synthetic.csv"), schools, random);
        File.WriteAllText(Path.Combine(dataDir, "region.csv"),
            "year;procedure;grade;subject;share2;share45;share_lowered\n" +
            "2023;ВПР;5;rus;14,46;43,15;30,42\n2023;ВПР;5;math;10,70;50,57;26,24\n" +
            "2023;ВПР;6;rus;15,10;40,20;28,00\n2023;ВПР;6;math;12,30;38,90;25,10\n", new UTF8Encoding(false));
    }

    public static string Id(int i) => "s" + i.ToString("D5", CultureInfo.InvariantCulture);

    private static bool IsBasic(int i) => i % 5 == 4;

    /// <summary>Every seventh school is a branch of the one before it.</summary>
    private static bool IsBranch(int i) => i % 7 == 0;

    /// <summary>Every ninth school has no 6th grade: no results of it, and letters must not ask for them.</summary>
    private static bool NoSixthGrade(int i) => i % 9 == 8;

    private const string Initials = "АБВГДЕЖЗИКЛМНОПРСТУФХЧШЭЮЯ";

    private static void WriteSchools(string path, int n, Random random)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine("# synthetic region: kaz generate");
        w.WriteLine("schools:");
        for (var i = 1; i <= n; i++)
        {
            var district = Districts[(i - 1) / 40 % Districts.Length] + $" район {(i - 1) / 400 + 1}";
            var type = IsBasic(i) ? "ООШ" : "СОШ";
            var full = type == "ООШ" ? "основная" : "средняя";
            var branch = IsBranch(i);
            w.WriteLine($"  - id: {Id(i)}");
            w.WriteLine(branch
                ? $"    name: {full[..1].ToUpperInvariant()}{full[1..]} общеобразовательная школа № {i} – филиал МБОУ «Школа № {i - 1}» ({district})"
                : $"    name: Муниципальное бюджетное общеобразовательное учреждение «{full[..1].ToUpperInvariant()}{full[1..]} общеобразовательная школа № {i}» ({district})");
            w.WriteLine($"    short_name: Школа № {i} ({type})");
            w.WriteLine(branch ? $"    branch_of: {Id(i - 1)}" : "    org_form: МБОУ");
            w.WriteLine($"    type: {type}");
            if (NoSixthGrade(i)) w.WriteLine($"    grades: 1-5, 7-{(type == "ООШ" ? 9 : 11)}");
            // Directors: initials and a surname, a full name, or none (the letter then addresses «Руководителю»).
            var (a, b) = (Initials[random.Next(0, 28) % Initials.Length], Initials[random.Next(0, 28) % Initials.Length]);
            if (i % 6 == 3) continue;
            w.WriteLine(i % 6 == 1
                ? $"    director: {(i % 4 == 1 ? "Директорова Анна Петровна" : "Директоров Иван Сергеевич")}"
                : $"    director: {a}.{b}. Директорова");
        }
    }

    private static void WriteResults(string path, int n, Random random)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine("year;procedure;grade;subject;school;participants;count2;share2;count45;share45;count_lowered;share_lowered;source");
        string[] subjects = ["rus", "math"];
        for (var i = 1; i <= n; i++)
        {
            // A school's level of difficulty, stable over the years: most schools low in «2», a few high.
            var weakness = Math.Pow(random.NextDouble(), 3) * 0.6;
            var size = random.Next(4, 61);
            for (var year = 2021; year <= 2023; year++)
            {
                foreach (var grade in new[] { 4, 5, 6, 7, 8 })
                    foreach (var subject in subjects)
                        Row(grade == 6 && NoSixthGrade(i) ? TextWriter.Null : w, random, year, "ВПР", grade, subject, Id(i), size, weakness);
                foreach (var subject in subjects)
                    Row(w, random, year, "ОГЭ", 9, subject, Id(i), size, weakness);
            }
        }
    }

    private static void Row(TextWriter w, Random random, int year, string procedure, int grade, string subject, string school, int size, double weakness)
    {
        var participants = Math.Max(1, size + random.Next(-3, 4));
        var p2 = Math.Clamp(weakness + (random.NextDouble() - 0.5) * 0.1, 0, 1);
        var count2 = Binomial(random, participants, p2);
        var count45 = Binomial(random, participants - count2, 0.55);
        var lowered = Binomial(random, participants, 0.15);
        w.Write(year); w.Write(';'); w.Write(procedure); w.Write(';'); w.Write(grade); w.Write(';'); w.Write(subject); w.Write(';');
        w.Write(school); w.Write(';'); w.Write(participants); w.Write(';'); w.Write(count2); w.Write(";;"); w.Write(count45); w.Write(";;");
        w.Write(lowered); w.WriteLine(";;");
    }

    private static int Binomial(Random random, int n, double p)
    {
        var k = 0;
        for (var i = 0; i < n; i++) if (random.NextDouble() < p) k++;
        return k;
    }
}
