using System.Globalization;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Satisfaction;
using NodaTime;

namespace LianLuo.Domain.DependencyInjection;

/// <summary>
/// Settings of LianLuo.Domain, configured through
/// <see cref="ServiceCollectionExtensions.AddLianLuoDomain(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{LianLuoDomainOptions}?)"/>.
/// Mutable and not thread-safe while it is being configured; once registered it is validated and frozen, and from then on
/// immutable and thread-safe (setters throw <see cref="InvalidOperationException"/>).
/// </summary>
public sealed class LianLuoDomainOptions
{
    /// <summary>The default time zone: China Standard Time as the TZDB id <c>Asia/Shanghai</c>.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    private string timeZoneId = DefaultTimeZoneId;
    private WorkingCalendar calendar = WorkingCalendar.China;
    private DeadlinePolicy deadlinePolicy = DeadlinePolicy.Default;
    private ClassificationScheme classificationScheme = ClassificationScheme.Default;
    private SatisfactionPolicy satisfactionPolicy = SatisfactionPolicy.Default;
    private Evaluation.EvaluationScheme evaluationScheme = Evaluation.EvaluationPresets.Default;

    /// <summary>
    /// The working calendar (default <see cref="WorkingCalendar.China"/>, which predicts the statutory days of years with no
    /// notice); add a newly published year with <see cref="WorkingCalendar.WithNotice(HolidayNotice)"/> (the text read by
    /// <see cref="HolidayNoticeParser"/>) or <see cref="WorkingCalendar.WithYearsFromJson(string)"/>. The registered
    /// <see cref="Deadlines.DeadlineEngine"/> counts on it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The options are frozen (already registered).</exception>
    public WorkingCalendar Calendar
    {
        get => calendar;
        set
        {
            ThrowIfFrozen();
            calendar = value;
        }
    }

    /// <summary>The deadline policy (default <see cref="DeadlinePolicy.Default"/>, the periods of ledger.md §2).</summary>
    /// <exception cref="InvalidOperationException">The options are frozen (already registered).</exception>
    public DeadlinePolicy DeadlinePolicy
    {
        get => deadlinePolicy;
        set
        {
            ThrowIfFrozen();
            deadlinePolicy = value;
        }
    }

    /// <summary>The result category scheme (default <see cref="ClassificationScheme.Default"/>, A/B/C).</summary>
    /// <exception cref="InvalidOperationException">The options are frozen (already registered).</exception>
    public ClassificationScheme ClassificationScheme
    {
        get => classificationScheme;
        set
        {
            ThrowIfFrozen();
            classificationScheme = value;
        }
    }

    /// <summary>The satisfaction policy (default <see cref="SatisfactionPolicy.Default"/>: three levels, unreturned forms excluded).</summary>
    /// <exception cref="InvalidOperationException">The options are frozen (already registered).</exception>
    public SatisfactionPolicy SatisfactionPolicy
    {
        get => satisfactionPolicy;
        set
        {
            ThrowIfFrozen();
            satisfactionPolicy = value;
        }
    }

    /// <summary>
    /// The TZDB id of the zone in which "today" is taken from the clock (default <c>Asia/Shanghai</c>): the registered
    /// <see cref="Deadlines.DeadlineEngine"/> decides <see cref="Deadlines.DeadlineEngine.CurrentDate"/> and
    /// <see cref="Timeliness.TimelinessJudge.Status(Deadlines.DeadlineEngine, Model.ItemState, IClock)"/> in it. Must name a zone of <see cref="DateTimeZoneProviders.Tzdb"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The options are frozen (already registered).</exception>
    public string TimeZoneId
    {
        get => timeZoneId;
        set
        {
            ThrowIfFrozen();
            timeZoneId = value;
        }
    }

    /// <summary>The assessment scheme (考核评价) the registered <see cref="Evaluation.UnitAssessment"/> scores with; the default preset of ledger.md §4 unless set (e.g. from <see cref="Serialization.EvaluationSchemeJson"/>).</summary>
    /// <exception cref="InvalidOperationException">The options are frozen (already registered).</exception>
    public Evaluation.EvaluationScheme EvaluationScheme
    {
        get => evaluationScheme;
        set
        {
            ThrowIfFrozen();
            evaluationScheme = value;
        }
    }

    /// <summary>Whether the options are frozen (registered, hence read-only).</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>The zone named by <see cref="TimeZoneId"/>.</summary>
    /// <exception cref="InvalidOperationException"><see cref="TimeZoneId"/> names no TZDB zone.</exception>
    public DateTimeZone TimeZone =>
        (TimeZoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId))
        ?? throw new InvalidOperationException(string.Join(" ", Validate().Select(p => p.Message)));

    /// <summary>
    /// Checks every setting and lists every problem (empty when the options are valid), in the library's one problem
    /// shape: code <c>options</c>, the setting as location (e.g. <c>LianLuoDomainOptions.TimeZoneId</c>), why, and the
    /// value given.
    /// </summary>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new List<Problem>();
        void Add(string setting, string message, string? value = null) =>
            problems.Add(new Problem("options", "LianLuoDomainOptions." + setting, message, value));
        if (string.IsNullOrWhiteSpace(TimeZoneId))
        {
            Add(nameof(TimeZoneId), string.Create(CultureInfo.InvariantCulture, $"LianLuoDomainOptions.TimeZoneId (时区) must name a TZDB time zone such as {DefaultTimeZoneId} (value: {(TimeZoneId is null ? "null" : $"\"{TimeZoneId}\"")})."), TimeZoneId);
        }
        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId) is null)
        {
            Add(nameof(TimeZoneId), string.Create(CultureInfo.InvariantCulture, $"LianLuoDomainOptions.TimeZoneId (时区) must name a time zone of the TZDB {DateTimeZoneProviders.Tzdb.VersionId} (value: \"{TimeZoneId}\")."), TimeZoneId);
        }

        if (Calendar is null)
        {
            Add(nameof(Calendar), "LianLuoDomainOptions.Calendar (工作日历) must be given.");
        }

        if (DeadlinePolicy is null)
        {
            Add(nameof(DeadlinePolicy), "LianLuoDomainOptions.DeadlinePolicy (办理时限) must be given.");
        }

        if (ClassificationScheme is null)
        {
            Add(nameof(ClassificationScheme), "LianLuoDomainOptions.ClassificationScheme (办理结果分类) must be given.");
        }

        if (EvaluationScheme is null)
        {
            Add(nameof(EvaluationScheme), "LianLuoDomainOptions.EvaluationScheme (考核方案) must be given.");
        }

        if (SatisfactionPolicy is null)
        {
            Add(nameof(SatisfactionPolicy), "LianLuoDomainOptions.SatisfactionPolicy (满意度) must be given.");
        }

        return problems;
    }

    /// <summary>Throws one exception listing every problem, if there is any.</summary>
    internal void ThrowIfInvalid(string paramName)
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), paramName);
        }
    }

    internal void Freeze() => IsFrozen = true;

    private void ThrowIfFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("LianLuoDomainOptions are read-only once registered; configure them in the AddLianLuoDomain callback.");
        }
    }
}
