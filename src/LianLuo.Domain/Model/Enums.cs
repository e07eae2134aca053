namespace LianLuo.Domain.Model;

/// <summary>The kind of a submission.</summary>
public enum SubmissionKind
{
    /// <summary>建议: a people's congress deputy's suggestion.</summary>
    Suggestion = 1,

    /// <summary>提案: a CPPCC member's proposal.</summary>
    Proposal = 2,

    /// <summary>议案: a congress motion.</summary>
    Motion = 3,
}

/// <summary>The role of a handling unit in an assignment.</summary>
public enum AssignmentRole
{
    /// <summary>主办: the lead unit, which replies for the item.</summary>
    Lead = 1,

    /// <summary>会办: a co-handling unit, which sends its opinion to the lead unit.</summary>
    CoHandling = 2,

    /// <summary>分办: separate handling; each unit answers on its own.</summary>
    Separate = 3,
}

/// <summary>The stage of handling at which a communication with the proposer took place.</summary>
public enum CommunicationStage
{
    /// <summary>办前沟通: before handling.</summary>
    BeforeHandling = 1,

    /// <summary>办中协商: during handling.</summary>
    DuringHandling = 2,

    /// <summary>办后反馈: after handling (after the reply).</summary>
    AfterHandling = 3,
}

/// <summary>How a communication with the proposer took place.</summary>
public enum CommunicationMode
{
    /// <summary>面商: face to face.</summary>
    FaceToFace = 1,

    /// <summary>电话: by telephone.</summary>
    Phone = 2,

    /// <summary>邮件: by letter or e-mail.</summary>
    Email = 3,

    /// <summary>走访: a visit to the proposer.</summary>
    Visit = 4,

    /// <summary>座谈: a symposium.</summary>
    Symposium = 5,
}

/// <summary>The proposer's satisfaction with a reply, as returned on the satisfaction form.</summary>
public enum SatisfactionLevel
{
    /// <summary>非常满意: very satisfied (only on four-level scales).</summary>
    VerySatisfied = 1,

    /// <summary>满意: satisfied.</summary>
    Satisfied = 2,

    /// <summary>基本满意: basically satisfied.</summary>
    BasicallySatisfied = 3,

    /// <summary>不满意: unsatisfied; leads to re-handling.</summary>
    Unsatisfied = 4,
}

/// <summary>The kind of a group proposer.</summary>
public enum GroupKind
{
    /// <summary>民主党派: a democratic party.</summary>
    DemocraticParty = 1,

    /// <summary>工商联: the federation of industry and commerce.</summary>
    FederationOfIndustryAndCommerce = 2,

    /// <summary>界别: a CPPCC sector.</summary>
    Sector = 3,

    /// <summary>专委会: a special committee.</summary>
    SpecialCommittee = 4,
}

/// <summary>The type of a liaison activity.</summary>
public enum ActivityType
{
    /// <summary>专题协商: topical consultation.</summary>
    TopicConsultation = 1,

    /// <summary>对口协商: counterpart consultation.</summary>
    CounterpartConsultation = 2,

    /// <summary>界别协商: sector consultation.</summary>
    SectorConsultation = 3,

    /// <summary>提案办理协商: consultation on proposal handling.</summary>
    ProposalHandlingConsultation = 4,

    /// <summary>议案办理推进会: progress meeting on motion handling.</summary>
    MotionProgressMeeting = 5,

    /// <summary>列席常务会议: deputies attending executive meetings of the government.</summary>
    ExecutiveMeetingAttendance = 6,

    /// <summary>座谈会: symposium.</summary>
    Symposium = 7,

    /// <summary>论证会: hearing (expert evaluation meeting).</summary>
    Hearing = 8,

    /// <summary>政情通报: briefing on the government's work.</summary>
    Briefing = 9,

    /// <summary>专题研究: study meeting of the government on handling work.</summary>
    StudyMeeting = 10,
}

/// <summary>The phase of an item in its handling lifecycle.</summary>
public enum HandlingPhase
{
    /// <summary>未交办: not yet assigned.</summary>
    NotAssigned = 1,

    /// <summary>办理中: assigned and being handled.</summary>
    Handling = 2,

    /// <summary>退回申请中: a unit asked to return the item.</summary>
    ReturnRequested = 3,

    /// <summary>待重新交办: return approved, awaiting reassignment.</summary>
    AwaitingReassignment = 4,

    /// <summary>已答复: replied, awaiting the satisfaction form.</summary>
    Replied = 5,

    /// <summary>已反馈: the satisfaction form came back (or was recorded as not returned).</summary>
    FeedbackReceived = 6,

    /// <summary>已办结: closed.</summary>
    Closed = 7,
}
