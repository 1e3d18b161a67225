using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

internal static class RecommendationsReader
{
    public static IReadOnlyList<RecommendationRule> Read(YMap root)
    {
        var rules = root.Maps("rules", required: true).Select(m =>
        {
            var when = m.Text("when");
            if (when.Length > 0 && !RecommendationRule.Conditions.Contains(when))
                m.Bag.Error(Codes.WrongType, m.Get("when")!.Span, $"неизвестное условие «{when}»; известны: {string.Join(", ", RecommendationRule.Conditions)}");
            var activities = m.Map("activities");
            var rule = new RecommendationRule(m.Text("id"), when, m.Text("text"), m.Decimal("min_gap") ?? 0,
                activities?.Strings("tags") ?? [], activities?.Strings("ids") ?? [], m.Span);
            activities?.Done();
            m.Done();
            return rule;
        }).ToArray();
        root.Done();
        return rules;
    }
}
