using System.Text;

namespace KazReports.Data.Model;

/// <summary>Identifiers that become file names.</summary>
public static class Ids
{
    /// <summary>A school id: lower-case latin letters, digits and '-', starting with a letter or digit.</summary>
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= MaxLength && char.IsAsciiLetterOrDigit(id[0]) &&
        id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && !IsReservedOnWindows(id);

    /// <summary>The longest id: it is a file name, under a folder, on every system.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Names Windows gives to devices: a file «con.docx» or «nul.pdf» cannot be made there (the
    /// output folder is often copied to a Windows machine), whatever its extension.
    /// </summary>
    public static bool IsReservedOnWindows(string name)
    {
        var stem = name.Split('.')[0].TrimEnd(' ').ToLowerInvariant();
        return stem is "con" or "prn" or "aux" or "nul" or "conin$" or "conout$" ||
               (stem.Length == 4 && (stem.StartsWith("com", StringComparison.Ordinal) || stem.StartsWith("lpt", StringComparison.Ordinal)) &&
                stem[3] is >= '0' and <= '9' or '¹' or '²' or '³');
    }

    /// <summary>Makes any text safe as a file name: no separators, no dots first, no control characters.</summary>
    public static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
            sb.Append(char.IsLetterOrDigit(c) || c == '-' || c == '_' ? c : '-');
        var s = sb.ToString().Trim('-');
        while (s.Contains("--", StringComparison.Ordinal)) s = s.Replace("--", "-", StringComparison.Ordinal);
        s = s.Length == 0 ? "_" : s.Length > 80 ? s[..80] : s;
        return IsReservedOnWindows(s) ? s + "_" : s;
    }
}
