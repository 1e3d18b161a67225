using KazReports.Diagnostics;

namespace KazReports.Data.Model;

public sealed record District(string Name, string NameGenitive, string Region);

public sealed record Department(
    string Parent,
    string Name,
    string Address,
    string Place,
    string Phone,
    string? Fax,
    string Email,
    string? Okpo,
    string? InnKpp,
    string ShortName);

public sealed record DistrictInfo(District District, Department Department, Person Head, SourceSpan Span);
