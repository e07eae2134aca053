using System.Globalization;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Deadlines;

/// <summary>
/// The deadline rules (办理时限) of an office: for each <see cref="DeadlineKind"/> and each <see cref="SubmissionKind"/>, a
/// <see cref="PeriodRule"/> (its period, unit and start event, or an absolute date), the due-soon window and whether an
/// extension may pass the extension limit. Built through <see cref="DeadlinePolicyBuilder"/>, validated once, listing every
/// problem. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Default"/> follows ledger.md §2: for 建议 and 提案, the reply 3 months from 交办 (6 when 情况复杂, and the
/// extension limit 6 months from 交办); for 议案, 6 months (12 when complex, limit 12 months); re-handling 1 month from the
/// 不满意 feedback; the return window 5 working days from 签收; the co-handling opinion 1 month from 交办; 办前面商 15 working
/// days from 交办; the satisfaction form 15 working days from the reply; 签收 within 5 working days of 交办; due soon within 10
/// working days. An extension beyond the limit and a return request after its window are refused.
/// </remarks>
public sealed class DeadlinePolicy
{
    private static readonly DeadlineKind[] DeadlineKinds = Enum.GetValues<DeadlineKind>();
    private static readonly SubmissionKind[] SubmissionKinds = Enum.GetValues<SubmissionKind>();
    private static readonly Lazy<DeadlinePolicy> DefaultPolicy = new(BuildDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PeriodRule[] rules;

    internal DeadlinePolicy(PeriodRule[] rules, WorkingDays dueSoonWindow, bool allowExtensionBeyondLimit, bool allowLateReturnRequests)
    {
        this.rules = rules;
        DueSoonWindow = dueSoonWindow;
        AllowExtensionBeyondLimit = allowExtensionBeyondLimit;
        AllowLateReturnRequests = allowLateReturnRequests;
    }

    /// <summary>The default policy of ledger.md §2 (see the remarks of <see cref="DeadlinePolicy"/>).</summary>
    public static DeadlinePolicy Default => DefaultPolicy.Value;

    /// <summary>An unreplied item is due soon when its deadline is at most this many working days after the as-of date.</summary>
    public WorkingDays DueSoonWindow { get; }

    /// <summary>Whether an approved extension may set a deadline after the extension limit (otherwise such an extension is refused).</summary>
    public bool AllowExtensionBeyondLimit { get; }

    /// <summary>
    /// Whether a return request (退回申请) after the unit's return window is accepted and reported as late
    /// (<see cref="Model.ItemState.LateReturnRequests"/>); otherwise, the default, it is refused.
    /// </summary>
    public bool AllowLateReturnRequests { get; }

    /// <summary>Every rule, by deadline kind then submission kind.</summary>
    public IEnumerable<(DeadlineKind Kind, SubmissionKind SubmissionKind, PeriodRule Rule)> Rules =>
        from kind in DeadlineKinds
        from submissionKind in SubmissionKinds
        select (kind, submissionKind, RuleFor(kind, submissionKind));

    /// <summary>The start events a deadline kind may be counted from.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static ImmutableArray<StartEvent> AllowedStartEvents(DeadlineKind kind) => Preconditions.CheckDefined(kind, "DeadlineKind") switch
    {
        DeadlineKind.Rehandling => [StartEvent.Feedback, StartEvent.RehandlingStarted],
        DeadlineKind.SatisfactionForm => [StartEvent.Replied],
        DeadlineKind.SignIn => [StartEvent.Assigned],
        _ => [StartEvent.Assigned, StartEvent.Received],
    };

    /// <summary>A builder holding no rule at all (every rule must be set before <see cref="DeadlinePolicyBuilder.Build"/>).</summary>
    public static DeadlinePolicyBuilder CreateEmptyBuilder() => new();

    /// <summary>The rule of a deadline kind for a submission kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    public PeriodRule RuleFor(DeadlineKind kind, SubmissionKind submissionKind) => rules[Slot(kind, submissionKind)];

    /// <summary>A builder starting from this policy's rules.</summary>
    public DeadlinePolicyBuilder ToBuilder() => new(this);

    /// <summary>A new policy with one rule changed for every submission kind (this policy is unchanged).</summary>
    /// <exception cref="DeadlinePolicyException">The resulting policy is invalid; every problem is listed.</exception>
    public DeadlinePolicy With(DeadlineKind kind, PeriodRule rule) => ToBuilder().Set(kind, rule).Build();

    /// <summary>A new policy with one rule changed for one submission kind, e.g. 5 months for 提案 (this policy is unchanged).</summary>
    /// <exception cref="DeadlinePolicyException">The resulting policy is invalid; every problem is listed.</exception>
    public DeadlinePolicy With(DeadlineKind kind, SubmissionKind submissionKind, PeriodRule rule) => ToBuilder().Set(kind, submissionKind, rule).Build();

    /// <summary>Every rule as lines of text in Chinese or English.</summary>
    public IReadOnlyList<string> Describe(ExplanationLanguage language = ExplanationLanguage.Chinese) =>
        [.. Rules.Select(r => language == ExplanationLanguage.English
            ? $"{DeadlineNames.English(r.Kind)} of a {DisplayNames.English(r.SubmissionKind)}: {r.Rule.ToEnglish()}"
            : $"{DisplayNames.Chinese(r.SubmissionKind)}{DeadlineNames.Chinese(r.Kind)}：{r.Rule.ToChinese()}")];

    internal static int Slot(DeadlineKind kind, SubmissionKind submissionKind)
    {
        // The casts to uint fold "below 1" into "too large"; unchecked, since the build checks arithmetic (a checked cast of
        // a negative number would throw OverflowException instead of the error below).
        var k = (int)kind;
        var s = (int)submissionKind;
        if (unchecked((uint)(k - 1)) >= (uint)DeadlineKinds.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"DeadlineKind has no such value ({kind}).");
        }

        if (unchecked((uint)(s - 1)) >= (uint)SubmissionKinds.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(submissionKind), submissionKind, $"SubmissionKind (类别) has no such value ({submissionKind}).");
        }

        return ((k - 1) * SubmissionKinds.Length) + s - 1;
    }

    internal static int SlotCount => DeadlineKinds.Length * SubmissionKinds.Length;

    private static DeadlinePolicy BuildDefault()
    {
        var months = (int n) => PeriodRule.After(StartEvent.Assigned, new CalendarMonths(n));
        return CreateEmptyBuilder()
            .Set(DeadlineKind.Reply, months(3))
            .Set(DeadlineKind.Reply, SubmissionKind.Motion, months(6))
            .Set(DeadlineKind.ComplexReply, months(6))
            .Set(DeadlineKind.ComplexReply, SubmissionKind.Motion, months(12))
            .Set(DeadlineKind.ExtensionLimit, months(6))
            .Set(DeadlineKind.ExtensionLimit, SubmissionKind.Motion, months(12))
            .Set(DeadlineKind.Rehandling, PeriodRule.After(StartEvent.Feedback, new CalendarMonths(1)))
            .Set(DeadlineKind.Return, PeriodRule.After(StartEvent.Received, new WorkingDays(5)))
            .Set(DeadlineKind.CoHandlingOpinion, months(1))
            .Set(DeadlineKind.FaceToFaceBeforeHandling, PeriodRule.After(StartEvent.Assigned, new WorkingDays(15)))
            .Set(DeadlineKind.SatisfactionForm, PeriodRule.After(StartEvent.Replied, new WorkingDays(15)))
            .Set(DeadlineKind.SignIn, PeriodRule.After(StartEvent.Assigned, new WorkingDays(5)))
            .WithDueSoonWindow(new WorkingDays(10))
            .Build();
    }
}

/// <summary>
/// Builds a <see cref="DeadlinePolicy"/>: set rules, then <see cref="Build"/> validates them all at once.
/// Mutable and not thread-safe; the policies it builds are immutable.
/// </summary>
public sealed class DeadlinePolicyBuilder
{
    private readonly PeriodRule?[] rules;

    internal DeadlinePolicyBuilder()
    {
        rules = new PeriodRule?[DeadlinePolicy.SlotCount];
        DueSoonWindow = new WorkingDays(10);
    }

    internal DeadlinePolicyBuilder(DeadlinePolicy policy)
    {
        rules = [.. policy.Rules.Select(r => r.Rule)];
        DueSoonWindow = policy.DueSoonWindow;
        AllowExtensionBeyondLimit = policy.AllowExtensionBeyondLimit;
        AllowLateReturnRequests = policy.AllowLateReturnRequests;
    }

    /// <summary>The due-soon window (default 10 working days).</summary>
    public WorkingDays DueSoonWindow { get; set; }

    /// <summary>Whether an extension may pass the extension limit (default false: such an extension is refused).</summary>
    public bool AllowExtensionBeyondLimit { get; set; }

    /// <summary>Whether a late return request is accepted and reported (default false: it is refused).</summary>
    public bool AllowLateReturnRequests { get; set; }

    /// <summary>Sets a rule for every submission kind.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public DeadlinePolicyBuilder Set(DeadlineKind kind, PeriodRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        foreach (var submissionKind in Enum.GetValues<SubmissionKind>())
        {
            rules[DeadlinePolicy.Slot(kind, submissionKind)] = rule;
        }

        return this;
    }

    /// <summary>Sets a rule for one submission kind.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    public DeadlinePolicyBuilder Set(DeadlineKind kind, SubmissionKind submissionKind, PeriodRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rules[DeadlinePolicy.Slot(kind, submissionKind)] = rule;
        return this;
    }

    /// <summary>Sets the due-soon window.</summary>
    public DeadlinePolicyBuilder WithDueSoonWindow(WorkingDays window)
    {
        DueSoonWindow = window;
        return this;
    }

    /// <summary>Sets whether a return request after the return window is accepted (and reported as late) instead of refused.</summary>
    public DeadlinePolicyBuilder WithLateReturnRequests(bool allowed)
    {
        AllowLateReturnRequests = allowed;
        return this;
    }

    /// <summary>Sets whether an extension may pass the extension limit.</summary>
    public DeadlinePolicyBuilder WithExtensionBeyondLimit(bool allowed)
    {
        AllowExtensionBeyondLimit = allowed;
        return this;
    }

    /// <summary>Every problem of the rules set so far (empty when they make a valid policy).</summary>
    public IReadOnlyList<DeadlinePolicyProblem> Validate()
    {
        var problems = new List<DeadlinePolicyProblem>();
        foreach (var kind in Enum.GetValues<DeadlineKind>())
        {
            foreach (var submissionKind in Enum.GetValues<SubmissionKind>())
            {
                var path = $"{kind}/{DisplayNames.Chinese(submissionKind)}";
                var rule = rules[DeadlinePolicy.Slot(kind, submissionKind)];
                if (rule is null)
                {
                    problems.Add(new DeadlinePolicyProblem(path, $"No rule is set for the {DeadlineNames.English(kind)} ({DeadlineNames.Chinese(kind)}) of a {DisplayNames.English(submissionKind)}."));
                    continue;
                }

                var allowed = DeadlinePolicy.AllowedStartEvents(kind);
                if (!allowed.Contains(rule.Start))
                {
                    problems.Add(new DeadlinePolicyProblem(
                        path,
                        $"The {DeadlineNames.English(kind)} cannot start at {DeadlineNames.English(rule.Start)}; allowed: {string.Join(", ", allowed.Select(DeadlineNames.English))} (value: {rule.ToEnglish()})."));
                }

                if (rule.Period is { Length: 0 } period)
                {
                    problems.Add(new DeadlinePolicyProblem(path, $"The period must be longer than zero (value: {period})."));
                }

                if (rule.FixedDate is { } fixedDate && fixedDate.Calendar != CalendarSystem.Iso)
                {
                    problems.Add(new DeadlinePolicyProblem(path, $"The fixed date must be in the ISO calendar (value: {fixedDate})."));
                }
            }
        }

        foreach (var submissionKind in Enum.GetValues<SubmissionKind>())
        {
            var regular = rules[DeadlinePolicy.Slot(DeadlineKind.Reply, submissionKind)];
            var complex = rules[DeadlinePolicy.Slot(DeadlineKind.ComplexReply, submissionKind)];
            var limit = rules[DeadlinePolicy.Slot(DeadlineKind.ExtensionLimit, submissionKind)];
            var name = DisplayNames.Chinese(submissionKind);
            if (Comparable(regular, complex) && complex!.Period!.Value.Length < regular!.Period!.Value.Length)
            {
                problems.Add(new DeadlinePolicyProblem(
                    $"ComplexReply/{name}",
                    $"The reply period of a complex item ({complex.ToEnglish()}) must not be shorter than the regular one ({regular.ToEnglish()})."));
            }

            foreach (var (kind, rule) in new[] { (DeadlineKind.Reply, regular), (DeadlineKind.ComplexReply, complex) })
            {
                if (Comparable(rule, limit) && rule!.Period!.Value.Length > limit!.Period!.Value.Length)
                {
                    problems.Add(new DeadlinePolicyProblem(
                        $"{kind}/{name}",
                        $"The {DeadlineNames.English(kind)} ({rule.ToEnglish()}) must not pass the extension limit ({limit.ToEnglish()})."));
                }
            }
        }

        return problems;
    }

    /// <summary>Builds the policy, or returns every problem.</summary>
    public bool TryBuild([NotNullWhen(true)] out DeadlinePolicy? policy, out IReadOnlyList<DeadlinePolicyProblem> problems)
    {
        problems = Validate();
        policy = problems.Count == 0 ? new DeadlinePolicy([.. rules.Select(r => r!)], DueSoonWindow, AllowExtensionBeyondLimit, AllowLateReturnRequests) : null;
        return policy is not null;
    }

    /// <summary>Builds the policy.</summary>
    /// <exception cref="DeadlinePolicyException">The rules are invalid; every problem is listed.</exception>
    public DeadlinePolicy Build() => TryBuild(out var policy, out var problems) ? policy : throw new DeadlinePolicyException(problems);

    private static bool Comparable(PeriodRule? a, PeriodRule? b) =>
        a?.Period is { } pa && b?.Period is { } pb && pa.Unit == pb.Unit && a.Start == b.Start;
}

/// <summary>One problem of a deadline policy: where (deadline kind / submission kind) and what. Immutable and thread-safe.</summary>
/// <param name="Path">The rule, e.g. <c>Reply/提案</c>.</param>
/// <param name="Message">What is wrong, naming the value and the rule.</param>
public sealed record DeadlinePolicyProblem(string Path, string Message) : IProblem
{
    /// <summary><c>deadline-policy</c>.</summary>
    string IProblem.Code => "deadline-policy";

    /// <summary>The rule's path, after <c>line N, </c> when the policy was read from JSON.</summary>
    string IProblem.Location => Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}, {Path}") : Path;

    /// <summary>Null: the message names the value.</summary>
    string? IProblem.Value => null;

    /// <summary>The 1-based line of the policy's JSON where the offending value starts, when the policy was read from JSON.</summary>
    public int? Line { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Thrown when a deadline policy is invalid; lists every problem found.</summary>
public sealed class DeadlinePolicyException : Exception
{
    /// <summary>Creates the exception for a list of problems.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public DeadlinePolicyException(IEnumerable<DeadlinePolicyProblem> problems)
        : this([.. problems ?? throw new ArgumentNullException(nameof(problems))], 0)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DeadlinePolicyException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public DeadlinePolicyException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Creates the exception with no message.</summary>
    public DeadlinePolicyException() => Problems = [];

    private DeadlinePolicyException(DeadlinePolicyProblem[] problems, int unused)
        : base($"The deadline policy has {problems.Length} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "  " + p))}")
    {
        _ = unused;
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<DeadlinePolicyProblem> Problems { get; }
}
