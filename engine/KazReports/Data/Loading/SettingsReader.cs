using KazReports.Data.Model;

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
        v?.Done();
        root.Done();
        return s;
    }
}
