using System.Globalization;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KazReports.Data.Loading;

/// <summary>
/// The quick way through a big schools.yaml: parser events straight into <see cref="School"/> records,
/// no document tree and no whole-file string. It reads only the plain case (a root mapping with one
/// <c>schools</c> list of mappings of scalars, nothing to report): anything else — a syntax error, an
/// anchor, a tag, an unknown or missing field, a bad value, another encoding — gives null, and the
/// file is then read by <see cref="YamlFile"/> and <see cref="SchoolsReader"/>, which say exactly what is wrong.
/// </summary>
internal static class SchoolsStreamReader
{
    private static readonly string[] Fields =
        ["id", "name", "short_name", "org_form", "type", "branch_of", "director", "address", "email", "closed", "name_locative", "director_gender", "grades"];

    public static IReadOnlyList<School>? TryRead(string path, string displayPath)
    {
        // Anything but a plain file goes to the full reader, which refuses it with a message.
        if (SafeFile.Probe(path) != FileKind.Regular) return null;
        try
        {
            var bag = new DiagnosticBag();
            using var text = TextDecoder.OpenText(path, displayPath, bag);
            if (bag.Items.Count > 0) return null;
            return Read(new Parser(text), displayPath);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static List<School>? Read(IParser parser, string file)
    {
        if (!Next(parser, out StreamStart? _) || !Next(parser, out DocumentStart? _) || !Next(parser, out MappingStart? root) || !Plain(root))
            return null;
        List<School>? schools = null;
        while (parser.MoveNext() && parser.Current is Scalar { Value: "schools" } key && Plain(key) && schools is null)
        {
            if (!Next(parser, out SequenceStart? seq) || !Plain(seq)) return null;
            schools = [];
            var strings = new StringTable();
            while (parser.MoveNext() && parser.Current is MappingStart map)
            {
                if (!Plain(map) || ReadSchool(parser, file, map, strings) is not { } school) return null;
                schools.Add(school);
            }
            if (parser.Current is not SequenceEnd) return null;
        }
        if (schools is null || parser.Current is not MappingEnd) return null;
        // One document only: whatever follows is for the full reader to judge.
        return Next(parser, out DocumentEnd? _) && Next(parser, out StreamEnd? _) && !parser.MoveNext() ? schools : null;
    }

    /// <summary>One school's mapping, up to its end; null when any field is not plainly valid.</summary>
    private static School? ReadSchool(IParser parser, string file, MappingStart map, StringTable strings)
    {
        var values = new string?[Fields.Length];
        var seen = new bool[Fields.Length];
        while (parser.MoveNext() && parser.Current is Scalar key)
        {
            var field = Array.IndexOf(Fields, key.Value);
            if (!Plain(key) || field < 0 || seen[field]) return null;
            seen[field] = true;
            if (!parser.MoveNext() || parser.Current is not Scalar value || !Plain(value)) return null;
            values[field] = IsNull(value) ? null : value.Value.Trim();
        }
        if (parser.Current is not MappingEnd) return null;
        // A closing year must be a whole number; an empty text field is no value.
        if (values[9] is { Length: 0 }) return null;
        for (var i = 0; i < values.Length; i++)
            if (values[i] is { Length: 0 }) values[i] = null;
        var (id, name, shortName, type) = (values[0], values[1], values[2], values[4]);
        if (id is null || name is null || shortName is null || type is null || !Ids.IsValid(id) || !SchoolsReader.Types.Contains(type)) return null;
        int? closed = null;
        if (values[9] is { } c)
        {
            if (!long.TryParse(c, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) || year is > int.MaxValue or < int.MinValue)
                return null;
            closed = (int)year;
        }
        if (values[11] is not (null or "м" or "ж")) return null;
        GradeSet? grades = null;
        if (values[12] is { } g)
        {
            if (!GradeSet.TryParse(g, out var set)) return null;
            grades = set;
        }
        string? Shared(string? s) => s is null ? null : strings[strings.Intern(s)];
        return new School(id, name, shortName, Shared(values[3]), Shared(type)!, values[5], values[6], values[7], values[8], closed, values[10],
            new SourceSpan(file, (int)map.Start.Line, (int)map.Start.Column)) { DirectorGender = values[11], Grades = grades };
    }

    private static bool Next<T>(IParser parser, out T? e) where T : ParsingEvent
    {
        e = parser.MoveNext() ? parser.Current as T : null;
        return e is not null;
    }

    /// <summary>No anchor and no tag: the node means what it says.</summary>
    private static bool Plain(NodeEvent? e) => e is not null && e.Anchor.IsEmpty && e.Tag.IsEmpty;

    private static bool IsNull(Scalar s) =>
        s.Style == ScalarStyle.Plain && s.Value is "" or "~" or "null" or "Null" or "NULL";
}
