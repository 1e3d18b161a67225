using System.Diagnostics;
using KazReports.Documents;
using KazReports.Tests.Composition;
using Xunit;

namespace KazReports.Tests.Language;

/// <summary>
/// Every shipped document's text through hunspell with the Russian dictionary (Debian hunspell-ru)
/// and the project's word list (words-ru.txt): no unknown word. Latin words (addresses) and single
/// letters (initials, «п. п.», «г.») are not checked.
/// </summary>
public sealed class SpellCheckTests
{
    private static bool HunspellRu() =>
        File.Exists("/usr/share/hunspell/ru_RU.dic") && Which("hunspell");

    private static bool Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    [SkippableFact]
    public void Every_document_has_only_known_words()
    {
        Skip.IfNot(HunspellRu(), "не запущен: нет hunspell, установите пакет Debian hunspell-ru");
        var words = Path.Combine(Repo.Root, "tests/KazReports.Tests/Language/words-ru.txt");
        var personal = Path.Combine(Path.GetTempPath(), "kaz-words-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllLines(personal, File.ReadAllLines(words).Where(l => l.Length > 0 && !l.StartsWith('#')));
        try
        {
            var unknown = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var (name, doc) in Pipeline.Documents)
            {
                foreach (var w in Unknown(DocumentText.Of(doc), personal))
                {
                    if (!unknown.TryGetValue(w, out var where)) unknown[w] = where = new SortedSet<string>(StringComparer.Ordinal);
                    where.Add(name);
                }
            }
            Assert.True(unknown.Count == 0, "неизвестные слова (исправьте текст или добавьте слово в words-ru.txt):\n" +
                string.Join("\n", unknown.Select(kv => $"{kv.Key} — {string.Join(", ", kv.Value)}")));
        }
        finally { File.Delete(personal); }
    }

    [SkippableFact]
    public void A_misspelt_word_is_found()
    {
        Skip.IfNot(HunspellRu(), "не запущен: нет hunspell, установите пакет Debian hunspell-ru");
        var personal = Path.Combine(Path.GetTempPath(), "kaz-words-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllLines(personal, ["Казачинского"]);
        try
        {
            Assert.Equal(["рекомендацыи"], Unknown("Адресные рекомендацыи школам Казачинского района", personal));
            Assert.Equal(["рекомендацыи", "Казачинского"], Unknown("Адресные рекомендацыи школам Казачинского района", "/dev/null"));
        }
        finally { File.Delete(personal); }
    }

    private static IReadOnlyList<string> Unknown(string text, string personal)
    {
        var psi = new ProcessStartInfo("hunspell") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-d", "ru_RU", "-p", personal, "-l", "-i", "utf-8" }) psi.ArgumentList.Add(a);
        // hunspell cases words (capitals, the personal list) by the locale: in «C» it knows no Cyrillic
        // capitals and every name is «unknown». C.UTF-8 is on every Debian machine.
        psi.Environment["LC_ALL"] = "C.UTF-8";
        psi.StandardInputEncoding = new System.Text.UTF8Encoding(false);
        psi.StandardOutputEncoding = System.Text.Encoding.UTF8;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        p.StandardInput.Write(text);
        p.StandardInput.Close();
        Assert.True(p.WaitForExit(60_000), "hunspell не завершился за минуту");
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length > 1 && w.Any(c => c is >= 'а' and <= 'я' or >= 'А' and <= 'Я' or 'ё' or 'Ё'))
            .Distinct(StringComparer.Ordinal).ToArray();
    }
}
