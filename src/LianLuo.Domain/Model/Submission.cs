using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Model;

/// <summary>
/// A submission: a deputy's suggestion (建议), a member's proposal (提案) or a congress motion (议案).
/// Immutable and thread-safe; equal when every field is equal (co-signers compared element by element).
/// </summary>
public sealed record Submission
{
    /// <summary>Creates a submission.</summary>
    /// <param name="id">The identifier (编号).</param>
    /// <param name="kind">建议, 提案 or 议案.</param>
    /// <param name="title">The title (标题).</param>
    /// <param name="year">The year of the session (年度), 1949-9999.</param>
    /// <param name="leadProposer">The lead proposer (领衔人).</param>
    /// <param name="coSigners">The co-signers (附议人), if any.</param>
    /// <param name="topic">The topic (类别/主题), if any.</param>
    /// <param name="isKey">Whether it is a key item (重点建议提案).</param>
    /// <param name="session">The session, e.g. 十六届三次会议, if any.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The title is empty, or a co-signer repeats the lead proposer.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind or the year is out of range.</exception>
    public Submission(
        ItemId id,
        SubmissionKind kind,
        string title,
        int year,
        Proposer leadProposer,
        IEnumerable<Proposer>? coSigners = null,
        string? topic = null,
        bool isKey = false,
        string? session = null)
    {
        if (id == default)
        {
            throw new ArgumentException("Submission.Id (编号) must be given.", nameof(id));
        }

        Id = id;
        Kind = Preconditions.CheckDefined(kind, "Submission.Kind (类别)");
        Title = Preconditions.CheckText(title, "Submission.Title (标题)");
        if (year is < 1949 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Submission.Year (年度) must be between 1949 and 9999 (value: {year}).");
        }

        Year = year;
        LeadProposer = Preconditions.CheckNotNull(leadProposer);
        CoSigners = new EquatableArray<Proposer>(coSigners ?? []);
        foreach (var coSigner in CoSigners)
        {
            if (coSigner is null)
            {
                throw new ArgumentException("Submission.CoSigners (附议人) must not contain null.", nameof(coSigners));
            }

            if (coSigner == leadProposer)
            {
                throw new ArgumentException($"Submission.CoSigners (附议人) must not repeat the lead proposer (value: {coSigner.Name}).", nameof(coSigners));
            }
        }

        Topic = Preconditions.CheckOptionalText(topic);
        IsKey = isKey;
        Session = Preconditions.CheckOptionalText(session);
    }

    /// <summary>The identifier (编号).</summary>
    public ItemId Id { get; }

    /// <summary>建议, 提案 or 议案.</summary>
    public SubmissionKind Kind { get; }

    /// <summary>The title (标题).</summary>
    public string Title { get; }

    /// <summary>The year of the session (年度).</summary>
    public int Year { get; }

    /// <summary>The lead proposer (领衔人).</summary>
    public Proposer LeadProposer { get; }

    /// <summary>The co-signers (附议人).</summary>
    public EquatableArray<Proposer> CoSigners { get; }

    /// <summary>The topic, or null.</summary>
    public string? Topic { get; }

    /// <summary>Whether it is a key item (重点建议提案).</summary>
    public bool IsKey { get; }

    /// <summary>The session (届次), or null.</summary>
    public string? Session { get; }
}

/// <summary>
/// A handling unit's part in an item (承办): its role, responsible leader (责任领导) and handler (具体责任人).
/// Immutable and thread-safe.
/// </summary>
public sealed record Assignment
{
    /// <summary>Creates an assignment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public Assignment(HandlingUnit unit, AssignmentRole role, string? responsibleLeader = null, string? handler = null)
    {
        Unit = Preconditions.CheckNotNull(unit);
        Role = Preconditions.CheckDefined(role, "Assignment.Role (承办方式)");
        ResponsibleLeader = Preconditions.CheckOptionalText(responsibleLeader);
        Handler = Preconditions.CheckOptionalText(handler);
    }

    /// <summary>The unit.</summary>
    public HandlingUnit Unit { get; }

    /// <summary>主办, 会办 or 分办.</summary>
    public AssignmentRole Role { get; }

    /// <summary>The responsible leader (责任领导), or null.</summary>
    public string? ResponsibleLeader { get; }

    /// <summary>The handler (具体责任人), or null.</summary>
    public string? Handler { get; }

    /// <summary>A lead (主办) assignment.</summary>
    public static Assignment Lead(string unit) => new(new HandlingUnit(unit), AssignmentRole.Lead);

    /// <summary>A co-handling (会办) assignment.</summary>
    public static Assignment CoHandling(string unit) => new(new HandlingUnit(unit), AssignmentRole.CoHandling);

    /// <summary>A separate-handling (分办) assignment.</summary>
    public static Assignment Separate(string unit) => new(new HandlingUnit(unit), AssignmentRole.Separate);
}

/// <summary>A liaison activity (联络活动) with its attendances. Immutable and thread-safe.</summary>
public sealed record LiaisonActivity
{
    /// <summary>Creates an activity.</summary>
    /// <param name="date">The date (日期).</param>
    /// <param name="type">The type (类型).</param>
    /// <param name="topic">The topic (主题), if any.</param>
    /// <param name="leaderAttendances">Attendances of government leaders (领导人次), ≥ 0.</param>
    /// <param name="memberAttendances">Attendances of deputies and members (代表委员人次), ≥ 0.</param>
    /// <param name="leader">The leading government leader, if recorded.</param>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined or an attendance is negative.</exception>
    public LiaisonActivity(NodaTime.LocalDate date, ActivityType type, string? topic = null, int leaderAttendances = 0, int memberAttendances = 0, string? leader = null)
    {
        Date = date;
        Type = Preconditions.CheckDefined(type, "LiaisonActivity.Type (类型)");
        Topic = Preconditions.CheckOptionalText(topic);
        LeaderAttendances = Preconditions.CheckNonNegative(leaderAttendances, "LiaisonActivity.LeaderAttendances (领导人次)");
        MemberAttendances = Preconditions.CheckNonNegative(memberAttendances, "LiaisonActivity.MemberAttendances (代表委员人次)");
        Leader = Preconditions.CheckOptionalText(leader);
    }

    /// <summary>The date (日期).</summary>
    public NodaTime.LocalDate Date { get; }

    /// <summary>The type (类型).</summary>
    public ActivityType Type { get; }

    /// <summary>The topic (主题), or null.</summary>
    public string? Topic { get; }

    /// <summary>Attendances of government leaders (领导人次).</summary>
    public int LeaderAttendances { get; }

    /// <summary>Attendances of deputies and members (代表委员人次).</summary>
    public int MemberAttendances { get; }

    /// <summary>The leading government leader, or null.</summary>
    public string? Leader { get; }
}
