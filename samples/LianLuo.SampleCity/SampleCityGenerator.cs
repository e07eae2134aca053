using System.Globalization;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.SampleCity;

/// <summary>A generated city year: its items and activities, valid as of <see cref="AsOf"/>. Immutable and thread-safe, with value equality.</summary>
/// <param name="Year">The year of the items and activities.</param>
/// <param name="AsOf">The as-of date the ledgers are valid for: no event is dated after it.</param>
/// <param name="Items">The 建议, 提案 and 议案 with their histories.</param>
/// <param name="Activities">The liaison activities of the year.</param>
public sealed record SampleCity(int Year, LocalDate AsOf, EquatableArray<HandledItem> Items, EquatableArray<LiaisonActivity> Activities)
{
    /// <summary>Writes <c>items.csv</c> and <c>activities.csv</c> into a directory (created when missing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public void WriteTo(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        LedgerWriter.WriteItemsFile(Path.Combine(directory, "items.csv"), Items);
        LedgerWriter.WriteActivitiesFile(Path.Combine(directory, "activities.csv"), Activities);
    }
}

/// <summary>
/// Makes a realistic city year (2025) from a seed and a size: 建议, 提案 and a few 议案 across 26 city units, with
/// complex items, extensions, key items with supervising leaders, on-time, late and missing replies, feedback,
/// re-handling, communications, and a year of activities of all ten types. The same seed and size always give the
/// same city. Every item's history is recorded event by event, as an application would, in the shape the ledger
/// reader gives (see <see cref="LedgerReader"/>), so that writing and reading the ledgers gives the same city back.
/// Immutable and thread-safe (each <see cref="Generate"/> call uses its own random state).
/// </summary>
public sealed class SampleCityGenerator
{
    /// <summary>The year of the sample city.</summary>
    public const int Year = 2025;

    /// <summary>The as-of date the sample ledgers are made for (events after it are never generated).</summary>
    public static LocalDate DefaultAsOf { get; } = new(2026, 1, 15);

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="size">The number of items (建议 + 提案 + 议案), at least 10.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is below 10.</exception>
    public SampleCityGenerator(int seed, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 10);
        Seed = seed;
        Size = size;
    }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The number of items.</summary>
    public int Size { get; }

    /// <summary>Generates the city, valid as of <see cref="DefaultAsOf"/>.</summary>
    public SampleCity Generate()
    {
        var random = new SplitMix64(unchecked((ulong)Seed * 0x9E3779B97F4A7C15UL) ^ (ulong)Size);
        var asOf = DefaultAsOf;
        var motions = Math.Clamp(Size / 100, 2, 12);
        var proposals = (Size - motions) * 45 / 100;
        var suggestions = Size - motions - proposals;
        var deputies = People(random, Math.Max(20, Size / 3));
        var members = People(random, Math.Max(20, Size / 3));
        var items = new List<HandledItem>(Size);
        AddItems(items, random, SubmissionKind.Suggestion, "JY", suggestions, deputies, asOf);
        AddItems(items, random, SubmissionKind.Proposal, "TA", proposals, members, asOf);
        AddItems(items, random, SubmissionKind.Motion, "YA", motions, deputies, asOf);
        // A bigger "city" (a province's ledger) holds more units' activities: the counts grow with the size, one more
        // year's worth per 300 items (the bundled sample, 300 items, is unchanged).
        var activities = Activities(random, motions, asOf, Math.Max(1, Size / 300));
        return new SampleCity(Year, asOf, new EquatableArray<HandledItem>(items), new EquatableArray<LiaisonActivity>(activities));
    }

    private static string[] People(SplitMix64 random, int count)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var limit = CityData.Surnames.Length * CityData.GivenNames.Length;
        while (names.Count < Math.Min(count, limit))
        {
            names.Add(random.Pick(CityData.Surnames) + random.Pick(CityData.GivenNames));
        }

        return [.. names.Order(StringComparer.Ordinal)];
    }

    private static void AddItems(List<HandledItem> items, SplitMix64 random, SubmissionKind kind, string prefix, int count, string[] people, LocalDate asOf)
    {
        var suffix = kind switch
        {
            SubmissionKind.Suggestion => "的建议",
            SubmissionKind.Proposal => "的提案",
            _ => "的议案",
        };
        var width = Math.Max(3, count.ToString(CultureInfo.InvariantCulture).Length);
        for (var n = 1; n <= count; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}{Year}-{n.ToString(new string('0', width), CultureInfo.InvariantCulture)}");
            items.Add(Item(random, kind, id, suffix, people, asOf));
        }
    }

    private static HandledItem Item(SplitMix64 random, SubmissionKind kind, string id, string suffix, string[] people, LocalDate asOf)
    {
        var (lead, topics) = random.Pick(CityData.Units);
        var title = "关于" + random.Pick(topics) + suffix;
        var isKey = kind == SubmissionKind.Motion || random.Chance(8);
        var submission = new Submission(
            new ItemId(id),
            kind,
            title,
            Year,
            kind == SubmissionKind.Proposal ? new Member(random.Pick(people)) : new Deputy(random.Pick(people)),
            isKey: isKey);

        // Most items are assigned after the sessions in March; items raised between sessions come later in the year.
        var assignedOn = random.Chance(85)
            ? WorkingDay(new LocalDate(Year, 3, 3).PlusDays(random.Between(0, 25)))
            : WorkingDay(new LocalDate(Year, 4, 1).PlusDays(random.Between(0, 225)));
        var coUnits = new List<string>();
        var coCount = random.Chance(30) ? random.Between(1, kind == SubmissionKind.Motion ? 4 : 2) : 0;
        while (coUnits.Count < coCount)
        {
            var unit = random.Pick(CityData.Units).Unit;
            if (unit != lead && !coUnits.Contains(unit))
            {
                coUnits.Add(unit);
            }
        }

        var isComplex = coCount > 0 ? random.Chance(25) : random.Chance(6);
        var history = new List<HandlingEvent>
        {
            new Assigned(assignedOn, [Assignment.Lead(lead), .. coUnits.Select(Assignment.CoHandling)], isComplex),
        };
        if (isKey && random.Chance(85))
        {
            history.Add(new Supervised(assignedOn, random.Pick(CityData.Leaders)));
        }

        // The reply deadline: the policy's period (3 months, 6 when complex; more for 议案), or an approved extension
        // that ends after it and within the extension limit (only for items that are not complex).
        var engine = DeadlineEngine.Default;
        var deadline = engine.RegularReplyDate(kind, assignedOn, isComplex).Date;
        if (!isComplex && random.Chance(6))
        {
            var extendedTo = WorkingDay(deadline.PlusDays(random.Between(15, 45)));
            if (extendedTo <= engine.ExtensionLimit(kind, assignedOn).Date)
            {
                deadline = extendedTo;
                history.Add(new Extended(assignedOn, extendedTo));
            }
        }

        AddCommunication(history, assignedOn, CommunicationMode.FaceToFace, random.Chance(70) ? random.Between(1, 3) : 0);
        AddCommunication(history, assignedOn, CommunicationMode.Phone, random.Chance(60) ? random.Between(1, 4) : 0);
        AddCommunication(history, assignedOn, CommunicationMode.Visit, random.Chance(25) ? random.Between(1, 2) : 0);

        // Replies: most on time (well before the deadline), some late (well after it), some missing.
        var roll = random.Between(1, 100);
        LocalDate? repliedOn = roll switch
        {
            <= 86 => WorkingDay(assignedOn.PlusDays(random.Between(20, Math.Max(21, Period.Between(assignedOn, deadline, PeriodUnits.Days).Days - 12)))),
            <= 94 => WorkingDay(deadline.PlusDays(random.Between(10, 50))),
            _ => null,
        };
        if (repliedOn is not { } replied || replied > asOf)
        {
            return new HandledItem(submission, history);
        }

        var category = random.Between(1, 100) switch
        {
            <= 56 => ResultCategory.A,
            <= 90 => ResultCategory.B,
            _ => ResultCategory.C,
        };
        history.Add(new Replied(replied, category));
        var feedbackOn = WorkingDay(replied.PlusDays(random.Between(5, 30)));
        if (!random.Chance(90) || feedbackOn > asOf)
        {
            return new HandledItem(submission, history);
        }

        var level = random.Between(1, 100) switch
        {
            <= 74 => SatisfactionLevel.Satisfied,
            <= 94 => SatisfactionLevel.BasicallySatisfied,
            _ => SatisfactionLevel.Unsatisfied,
        };
        history.Add(new FeedbackReceived(feedbackOn, level));
        if (level != SatisfactionLevel.Unsatisfied)
        {
            return new HandledItem(submission, history);
        }

        // Re-handling within a month, mostly; its reply and, usually, a second satisfaction form.
        var rerepliedOn = WorkingDay(feedbackOn.PlusDays(random.Chance(80) ? random.Between(7, 25) : random.Between(35, 60)));
        if (!random.Chance(85) || rerepliedOn > asOf)
        {
            return new HandledItem(submission, history);
        }

        history.Add(new RehandlingStarted(feedbackOn));
        history.Add(new Replied(rerepliedOn, null)); // the re-handled reply leaves the first result standing (items-json.md §4)
        if (random.Chance(75))
        {
            var relevel = random.Between(1, 100) switch
            {
                <= 45 => SatisfactionLevel.Satisfied,
                <= 85 => SatisfactionLevel.BasicallySatisfied,
                _ => SatisfactionLevel.Unsatisfied,
            };
            history.Add(new FeedbackReceived(rerepliedOn, relevel));
        }

        return new HandledItem(submission, history);
    }

    private static void AddCommunication(List<HandlingEvent> history, LocalDate date, CommunicationMode mode, int personTimes)
    {
        if (personTimes > 0)
        {
            history.Add(new Communicated(date, CommunicationStage.DuringHandling, mode, personTimes));
        }
    }

    private static List<LiaisonActivity> Activities(SplitMix64 random, int motions, LocalDate asOf, int scale)
    {
        var activities = new List<LiaisonActivity>();
        void Add(ActivityType type, int perYear, Func<int> leaders, Func<int> members, Func<string> topic)
        {
            var count = checked(perYear * scale);
            // Handling meetings follow the assignment of the items in March; the others run all year.
            var first = type is ActivityType.ProposalHandlingConsultation or ActivityType.MotionProgressMeeting or ActivityType.StudyMeeting
                ? new LocalDate(Year, 3, 20)
                : new LocalDate(Year, 1, 6);
            for (var i = 0; i < count; i++)
            {
                var date = WorkingDay(first.PlusDays(random.Between(0, Period.Between(first, new LocalDate(Year, 12, 22), PeriodUnits.Days).Days)));
                if (date <= asOf)
                {
                    activities.Add(new LiaisonActivity(date, type, topic(), leaders(), members()));
                }
            }
        }

        string Consultation() => "关于" + random.Pick(CityData.ConsultationTopics) + "的协商";
        Add(ActivityType.TopicConsultation, random.Between(2, 4), () => random.Between(1, 3), () => random.Between(15, 40), Consultation);
        Add(ActivityType.CounterpartConsultation, random.Between(10, 16), () => random.Between(1, 2), () => random.Between(6, 15), Consultation);
        Add(ActivityType.SectorConsultation, random.Between(8, 12), () => random.Between(1, 2), () => random.Between(5, 12), Consultation);
        Add(ActivityType.ProposalHandlingConsultation, random.Between(12, 20), () => random.Between(1, 2), () => random.Between(3, 10), () => "重点提案办理协商：" + random.Pick(CityData.Units).Topics[0]);
        Add(ActivityType.MotionProgressMeeting, Math.Max(2, motions * 2), () => random.Between(1, 2), () => random.Between(5, 12), () => "议案办理工作推进会");
        Add(ActivityType.ExecutiveMeetingAttendance, random.Between(20, 24), () => 0, () => random.Between(2, 4), () => "市政府常务会议");
        Add(ActivityType.Symposium, random.Between(8, 12), () => random.Between(1, 3), () => random.Between(8, 25), () => "听取代表委员意见座谈会：" + random.Pick(CityData.ConsultationTopics));
        Add(ActivityType.Hearing, random.Between(4, 8), () => random.Between(0, 1), () => random.Between(4, 10), () => "重大决策论证会：" + random.Pick(CityData.ConsultationTopics));
        Add(ActivityType.Briefing, random.Between(4, 6), () => random.Between(1, 2), () => random.Between(40, 120), () => "政情通报会");
        Add(ActivityType.StudyMeeting, random.Between(2, 4), () => random.Between(3, 8), () => 0, () => "专题研究建议提案办理工作");
        activities.Sort((a, b) => a.Date.CompareTo(b.Date));
        return activities;
    }

    /// <summary>The date itself on a working day, or the next working day of the China calendar.</summary>
    private static LocalDate WorkingDay(LocalDate date) => DeadlineEngine.Default.Calendar.NextWorkingDayOnOrAfter(date);
}
