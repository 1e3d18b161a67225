using KazReports.Data.Model;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

internal static class DistrictReader
{
    public static DistrictInfo Read(YMap root)
    {
        var d = root.Map("district", required: true);
        var district = new District(d?.Text("name") ?? "", d?.Text("name_genitive") ?? "", d?.Text("region") ?? "");
        d?.Done();

        var dep = root.Map("department", required: true);
        var department = new Department(
            dep?.Text("parent") ?? "",
            dep?.Text("name") ?? "",
            dep?.Text("address") ?? "",
            dep?.Text("place") ?? "",
            dep?.Text("phone") ?? "",
            dep?.String("fax"),
            dep?.Text("email") ?? "",
            dep?.String("okpo"),
            dep?.String("inn_kpp"),
            dep?.String("short_name") ?? dep?.String("name") ?? "");
        dep?.Done();

        var head = ReadPerson(root.Map("head", required: true));
        root.Done();
        return new DistrictInfo(district, department, head, root.Span);
    }

    public static Person ReadPerson(YMap? m)
    {
        var name = m?.Text("name") ?? "";
        var position = m?.Text("position") ?? "";
        var lines = m?.Strings("position_lines") is { Count: > 0 } l ? l : [position];
        m?.Done();
        return new Person(name, position, lines);
    }
}
