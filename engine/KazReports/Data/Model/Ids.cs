using System.Text;

namespace KazReports.Data.Model;

/// <summary>Identifiers that become file names.</summary>
public static class Ids
{
    /// <summary>A school id: lower-case latin letters, digits and '-', starting with a letter or digit.</summary>
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(id[0]) &&
        id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Makes any text safe as a file name: no separators, no dots first, no control characters.</summary>
    public static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
            sb.Append(char.IsLetterOrDigit(c) || c == '-' || c == '_' ? c : '-');
        var s = sb.ToString().Trim('-');
        while (s.Contains("--", StringComparison.Ordinal)) s = s.Replace("--", "-", StringComparison.Ordinal);
        return s.Length == 0 ? "_" : s.Length > 80 ? s[..80] : s;
    }
}
