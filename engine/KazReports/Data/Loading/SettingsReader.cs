using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

internal static class SettingsReader
{
    public static Settings Read(YMap? root)
    {
        if (root is null) return Settings.Default;
        var v = root.Map("validation");
        var s = new Settings(
            v?.Int("max_class_size") ?? Settings.Default.MaxClassSize,
            v?.Decimal("impossible_share_pupils") ?? Settings.Default.ImpossibleSharePupils);
        if (s.MaxClassSize is < 1 or > 1000)
        {
            root.Bag.Error(Codes.BadSetting, v!.Get("max_class_size")!.Span, $"max_class_size {s.MaxClassSize}: допустимо от 1 до 1000");
            s = s with { MaxClassSize = Settings.Default.MaxClassSize };
        }
        if (s.ImpossibleSharePupils is <= 0 or >= 0.5m)
        {
            root.Bag.Error(Codes.BadSetting, v!.Get("impossible_share_pupils")!.Span,
                $"impossible_share_pupils {s.ImpossibleSharePupils}: допустимо больше 0 и меньше 0,5 ученика");
            s = s with { ImpossibleSharePupils = Settings.Default.ImpossibleSharePupils };
        }
        v?.Done();
        root.Done();
        return s;
    }
}
