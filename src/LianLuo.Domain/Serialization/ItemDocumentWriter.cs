using System.Text.Json;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Serialization;

/// <summary>
/// Writes the item-history document, version 1 (<c>items-json.md</c>): every item with its whole dated history, and the
/// activities when given, as indented UTF-8 JSON (Chinese unescaped), streamed with <see cref="Utf8JsonWriter"/>
/// (flushed every few items, so a million items are written without being held as text). Reading what it writes gives
/// equal items, for every history the document can express: the document holds a submission's id, kind, title, lead
/// proposer's name and key flag (its year is the year of the first 交办, the proposer a 委员 for a 提案 and a 代表
/// otherwise) and a 沟通's mode, persons and unit (its stage is read as 办中). Stateless and thread-safe; no reflection.
/// </summary>
/// <example>
/// <code>
/// string json = ItemDocumentWriter.WriteText([item]);
/// ItemDocumentReadResult back = ItemDocumentReader.ReadText(json);
/// // back.IsValid, and back.Items[0] equals item (version 1 holds the lead proposer's name only, not a 代表团).
/// </code>
/// </example>
public static class ItemDocumentWriter
{
    /// <summary>Writes a document to a stream (left open).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="items">The items, in the order to write them.</param>
    /// <param name="activities">The activities, or null to write no <c>activities</c> member.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">A result category is not A, B or C (version 1 knows only those).</exception>
    public static void Write(Stream stream, IEnumerable<HandledItem> items, IEnumerable<LiaisonActivity>? activities = null)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(items);
        using var json = new Utf8JsonWriter(stream, JsonText.Indented);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", ItemDocumentReader.SchemaVersion);
        json.WriteStartArray("items");
        var count = 0;
        foreach (var item in items)
        {
            WriteItem(json, Preconditions.CheckNotNull(item));
            if (++count % 256 == 0)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        if (activities is not null)
        {
            json.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                WriteActivity(json, Preconditions.CheckNotNull(activity));
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>Writes a document as a string (for small documents and tests).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">A result category is not A, B or C.</exception>
    public static string WriteText(IEnumerable<HandledItem> items, IEnumerable<LiaisonActivity>? activities = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, items, activities);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes a document file (replacing it).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A result category is not A, B or C.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, IEnumerable<HandledItem> items, IEnumerable<LiaisonActivity>? activities = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(stream, items, activities);
    }

    /// <summary>
    /// Writes one item as a JSON object of the shape of an element of the document's <c>items</c> (what
    /// <see cref="ItemDocumentReader.ReadItem(Stream, ItemDocumentReadOptions?)"/> reads back), e.g. to store one item's
    /// history or send it in a response.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A result category is not A, B or C.</exception>
    public static void WriteItem(Utf8JsonWriter json, HandledItem item)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(item);
        var submission = item.Submission;
        json.WriteStartObject();
        json.WriteString("id", submission.Id.Value);
        json.WriteString("kind", submission.Kind switch
        {
            SubmissionKind.Suggestion => "suggestion",
            SubmissionKind.Proposal => "proposal",
            _ => "motion",
        });
        json.WriteString("title", submission.Title);
        json.WriteString("proposer", submission.LeadProposer.Name);
        json.WriteBoolean("key", submission.IsKey);
        json.WriteStartArray("events");
        foreach (var step in item.History)
        {
            WriteEvent(json, step);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one handling event as a JSON object of the shape of an element of an item's <c>events</c> (items-json.md §2).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A result category is not A, B or C, or the event has no form in version 1.</exception>
    public static void WriteEvent(Utf8JsonWriter json, HandlingEvent step)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(step);
        json.WriteStartObject();
        json.WriteString("type", TypeOf(step));
        Date(json, "date", step.Date);
        switch (step)
        {
            case Assigned assigned:
                json.WriteStartArray("units");
                foreach (var assignment in assigned.Assignments)
                {
                    json.WriteStartObject();
                    json.WriteString("unit", assignment.Unit.Name);
                    json.WriteString("role", assignment.Role switch
                    {
                        AssignmentRole.Lead => "lead",
                        AssignmentRole.CoHandling => "coHandling",
                        _ => "separate",
                    });
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteBoolean("complex", assigned.IsComplex);
                break;
            case Received received:
                json.WriteString("unit", received.Unit.Name);
                break;
            case ReturnRequested request:
                json.WriteString("unit", request.Unit.Name);
                json.WriteString("reason", request.Reason);
                break;
            case ReturnDecided decision:
                Unit(json, decision.Unit);
                json.WriteBoolean("approved", decision.Approved);
                break;
            case ComplexityDesignated designation:
                json.WriteBoolean("complex", designation.IsComplex);
                break;
            case Extended extension:
                Date(json, "to", extension.ExtendedTo);
                Text(json, "approver", extension.Approver);
                Text(json, "reason", extension.Reason);
                break;
            case Communicated contact:
                Unit(json, contact.Unit);
                json.WriteString("mode", contact.Mode switch
                {
                    CommunicationMode.FaceToFace => "faceToFace",
                    CommunicationMode.Phone => "phone",
                    CommunicationMode.Email => "email",
                    CommunicationMode.Visit => "visit",
                    _ => "symposium",
                });
                json.WriteNumber("persons", contact.PersonTimes);
                break;
            case CoHandlingOpinionSent opinion:
                json.WriteString("unit", opinion.Unit.Name);
                break;
            case Replied reply:
                Unit(json, reply.Unit);
                if (reply.Category is { } category)
                {
                    json.WriteString("result", category.Code is "A" or "B" or "C"
                        ? category.Code
                        : throw new ArgumentException($"Result category {category.Code} cannot be written: version 1 of the document knows A, B and C.", nameof(step)));
                }

                if (reply.PlannedCompletion is { } planned)
                {
                    Date(json, "plannedCompletion", planned);
                }

                Text(json, "reason", reply.Reason);
                break;
            case FeedbackReceived feedback:
                Unit(json, feedback.Unit);
                if (feedback.Level is { } level)
                {
                    json.WriteString("satisfaction", level switch
                    {
                        SatisfactionLevel.VerySatisfied => "verySatisfied",
                        SatisfactionLevel.Satisfied => "satisfied",
                        SatisfactionLevel.BasicallySatisfied => "basicallySatisfied",
                        _ => "unsatisfied",
                    });
                }
                else
                {
                    json.WriteNull("satisfaction");
                }

                break;
            case RehandlingStarted rehandling:
                Unit(json, rehandling.Unit);
                break;
            case Supervised supervision:
                json.WriteString("leader", supervision.Leader);
                break;
            case FollowedUp followUp:
                json.WriteBoolean("promiseKept", followUp.PromiseKept);
                break;
        }

        json.WriteEndObject();
    }

    /// <summary>Writes one item as an indented JSON object (see <see cref="WriteItem(Utf8JsonWriter, HandledItem)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">A result category is not A, B or C.</exception>
    public static string WriteItemText(HandledItem item)
    {
        Preconditions.CheckNotNull(item);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonText.Indented))
        {
            WriteItem(json, item);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string TypeOf(HandlingEvent step) => step switch
    {
        Assigned => "assigned",
        Received => "received",
        ReturnRequested => "returnRequested",
        ReturnDecided => "returnDecided",
        ComplexityDesignated => "complexityDesignated",
        Extended => "extended",
        Communicated => "communicated",
        CoHandlingOpinionSent => "coHandlingOpinion",
        Replied => "replied",
        FeedbackReceived => "feedback",
        RehandlingStarted => "rehandlingStarted",
        Supervised => "supervised",
        FollowedUp => "followedUp",
        Closed => "closed",
        _ => throw new ArgumentException($"Event type {step.GetType().Name} has no form in version 1 of the document.", nameof(step)),
    };

    private static void WriteActivity(Utf8JsonWriter json, LiaisonActivity activity)
    {
        json.WriteStartObject();
        Date(json, "date", activity.Date);
        json.WriteString("type", DisplayNames.Chinese(activity.Type));
        Text(json, "topic", activity.Topic);
        json.WriteNumber("leaderAttendances", activity.LeaderAttendances);
        json.WriteNumber("memberAttendances", activity.MemberAttendances);
        json.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter json, string name, LocalDate date) => json.WriteString(name, LocalDatePattern.Iso.Format(date));

    private static void Unit(Utf8JsonWriter json, HandlingUnit? unit)
    {
        if (unit is not null)
        {
            json.WriteString("unit", unit.Name);
        }
    }

    private static void Text(Utf8JsonWriter json, string name, string? text)
    {
        if (text is not null)
        {
            json.WriteString(name, text);
        }
    }
}
