using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Tests.Deadlines;

/// <summary>
/// An explained deadline says which deadline it is and what it counts from, in both languages: its first line names the
/// submission kind and the deadline, its second the start event of the default policy (ledger.md §2 and the enums' terms).
/// </summary>
public class ExplanationNamesTests
{
    private static readonly LocalDate Monday = new(2025, 3, 3);

    [Theory]
    [InlineData(DeadlineKind.Reply, "答复期限", "reply deadline", "交办", "assignment (交办)")]
    [InlineData(DeadlineKind.ComplexReply, "复杂件答复期限", "reply deadline of a complex item", "交办", "assignment (交办)")]
    [InlineData(DeadlineKind.Rehandling, "重新办理期限", "re-handling deadline", "反馈", "feedback (反馈)")]
    [InlineData(DeadlineKind.Return, "退回期限", "return window", "签收", "receipt (签收)")]
    [InlineData(DeadlineKind.CoHandlingOpinion, "会办意见期限", "co-handling opinion deadline", "交办", "assignment (交办)")]
    [InlineData(DeadlineKind.FaceToFaceBeforeHandling, "办前面商期限", "face-to-face talk before handling deadline", "交办", "assignment (交办)")]
    [InlineData(DeadlineKind.SatisfactionForm, "满意度测评期限", "satisfaction form deadline", "答复", "reply (答复)")]
    [InlineData(DeadlineKind.ExtensionLimit, "最长办理期限", "extension limit", "交办", "assignment (交办)")]
    [InlineData(DeadlineKind.SignIn, "签收期限", "sign-in window", "交办", "assignment (交办)")]
    public void Explanation_NamesTheDeadlineAndItsStart(DeadlineKind kind, string chinese, string english, string startChinese, string startEnglish)
    {
        var explanation = DeadlineEngine.Default.Compute(kind, SubmissionKind.Suggestion, Monday).Explanation;

        var zh = explanation.ToLines(ExplanationLanguage.Chinese);
        Assert.StartsWith($"规则：建议{chinese}，自{startChinese}之日起", zh[0], StringComparison.Ordinal);
        Assert.StartsWith($"起算：2025-03-03（星期一）（{startChinese}）", zh[1], StringComparison.Ordinal);
        var en = explanation.ToLines(ExplanationLanguage.English);
        Assert.StartsWith($"Rule: {english} of a suggestion, ", en[0], StringComparison.Ordinal);
        Assert.Contains($" from {startEnglish}", en[0], StringComparison.Ordinal);
        Assert.StartsWith($"Start: 2025-03-03 (Monday) ({startEnglish})", en[1], StringComparison.Ordinal);
    }
}
