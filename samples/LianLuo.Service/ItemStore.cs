using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace LianLuo.Service;

/// <summary>An item as stored: its history and its version (1 when first stored, one more for each change).</summary>
internal sealed record StoredItem(HandledItem Item, int Version);

/// <summary>The outcome of a change to one item.</summary>
internal enum ChangeOutcome
{
    /// <summary>Stored.</summary>
    Stored,

    /// <summary>The item does not exist.</summary>
    NotFound,

    /// <summary>The caller's version (If-Match) is not the stored one.</summary>
    StaleVersion,

    /// <summary>The handling model refuses the change.</summary>
    Refused,
}

/// <summary>What a change did: its outcome, the version now stored (or found), whether the item is new, and the model's refusal.</summary>
internal sealed record ChangeResult(ChangeOutcome Outcome, int Version, bool Created = false, LifecycleViolation? Violation = null, StoredItem? Item = null);

/// <summary>
/// The items and activities in PostgreSQL. One row per item: its id, kind, year and first 交办 date (NodaTime
/// <see cref="LocalDate"/> as <c>date</c>), a version, and its whole history as the item object of items-json.md (jsonb),
/// written and read back by the library's <see cref="ItemDocumentWriter"/> and <see cref="ItemDocumentReader"/>, so that
/// the database never holds a history the handling model forbids. A change locks its row (<c>SELECT … FOR UPDATE</c>)
/// and checks the caller's version, so that two clients appending at once never lose an event. Thread-safe.
/// </summary>
internal sealed class ItemStore(NpgsqlDataSource dataSource, DeadlineEngine engine, IClock clock)
{
    private const string Schema = """
        SELECT pg_advisory_xact_lock(2026110);
        CREATE TABLE IF NOT EXISTS items (
            id          text PRIMARY KEY,
            kind        text NOT NULL,
            year        integer NOT NULL,
            assigned_on date NOT NULL,
            version     integer NOT NULL CHECK (version > 0),
            history     jsonb NOT NULL,
            stored_at   timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS items_year ON items (year);
        CREATE TABLE IF NOT EXISTS activities (
            id                 bigserial PRIMARY KEY,
            held_on            date NOT NULL,
            type               text NOT NULL,
            topic              text,
            leader_attendances integer NOT NULL,
            member_attendances integer NOT NULL
        );
        CREATE INDEX IF NOT EXISTS activities_held_on ON activities (held_on);
        """;

    private const string Insert = "INSERT INTO items (id, kind, year, assigned_on, version, history, stored_at) VALUES ($1, $2, $3, $4, 1, $5, $6) RETURNING version";

    private const string Upsert = """
        INSERT INTO items (id, kind, year, assigned_on, version, history, stored_at) VALUES ($1, $2, $3, $4, 1, $5, $6)
        ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, year = EXCLUDED.year, assigned_on = EXCLUDED.assigned_on,
            version = items.version + 1, history = EXCLUDED.history, stored_at = EXCLUDED.stored_at
        RETURNING version
        """;

    private readonly ItemDocumentReadOptions storedOptions = new() { Deadlines = engine, FileName = "(stored item)" };

    /// <summary>Creates the tables when they do not exist (idempotent; concurrent starts wait for each other).</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(Schema, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The item with its version, or null.</summary>
    public async Task<StoredItem?> FindAsync(ItemId id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT history::text, version FROM items WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredItem(Parse(reader.GetString(0), id.Value), reader.GetInt32(1)) : null;
    }

    /// <summary>Every item whose first 交办 falls in a year (every item when null), in id order.</summary>
    public async Task<IReadOnlyList<StoredItem>> ListAsync(int? year, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(year is null
            ? "SELECT id, history::text, version FROM items ORDER BY id"
            : "SELECT id, history::text, version FROM items WHERE year = $1 ORDER BY id");
        if (year is { } y)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = y });
        }

        var items = new List<StoredItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new StoredItem(Parse(reader.GetString(1), reader.GetString(0)), reader.GetInt32(2)));
        }

        return items;
    }

    /// <summary>The activities dated in a year.</summary>
    public async Task<IReadOnlyList<LiaisonActivity>> ActivitiesAsync(int year, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT held_on, type, topic, leader_attendances, member_attendances FROM activities WHERE held_on >= $1 AND held_on < $2 ORDER BY held_on, id");
        command.Parameters.Add(new NpgsqlParameter { Value = new LocalDate(year, 1, 1) });
        command.Parameters.Add(new NpgsqlParameter { Value = new LocalDate(year + 1, 1, 1) });
        var activities = new List<LiaisonActivity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            activities.Add(new LiaisonActivity(
                reader.GetFieldValue<LocalDate>(0),
                DisplayNames.Parse<ActivityType>(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt32(3),
                reader.GetInt32(4)));
        }

        return activities;
    }

    /// <summary>
    /// Stores an item's whole history, replacing the stored one (version + 1) or creating it (version 1). With
    /// <paramref name="expectedVersion"/>, a stored item at another version (or none, unless the expected version is 0)
    /// is not replaced.
    /// </summary>
    public async Task<ChangeResult> PutAsync(HandledItem item, int? expectedVersion, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await LockAsync(connection, transaction, item.Id, cancellationToken);
        if (expectedVersion is { } expected && expected != (current?.Version ?? 0))
        {
            return new ChangeResult(ChangeOutcome.StaleVersion, current?.Version ?? 0);
        }

        int version;
        try
        {
            version = await UpsertAsync(connection, transaction, item, cancellationToken, insertOnly: current is null);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another client created the item between our look and our insert: our view of it is stale.
            return new ChangeResult(ChangeOutcome.StaleVersion, 1);
        }

        return new ChangeResult(ChangeOutcome.Stored, version, Created: current is null, Item: new StoredItem(item, version));
    }

    /// <summary>
    /// Appends one event to an item's history, when the handling model allows it after the stored history (folded on the
    /// configured deadline engine) and, with <paramref name="expectedVersion"/>, the item is still at that version.
    /// </summary>
    public async Task<ChangeResult> AppendAsync(ItemId id, HandlingEvent step, int? expectedVersion, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(connection, transaction, id, cancellationToken) is not { } current)
        {
            return new ChangeResult(ChangeOutcome.NotFound, 0);
        }

        if (expectedVersion is { } expected && expected != current.Version)
        {
            return new ChangeResult(ChangeOutcome.StaleVersion, current.Version);
        }

        var item = current.Item;
        if (!HandledItem.TryCreate(item.Submission, item.History.Add(step), engine, out var next, out var violation))
        {
            return new ChangeResult(ChangeOutcome.Refused, current.Version, Violation: violation);
        }

        var version = await UpsertAsync(connection, transaction, next, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ChangeResult(ChangeOutcome.Stored, version, Item: new StoredItem(next, version));
    }

    /// <summary>
    /// Stores every item (created or replaced) and the activities (replacing the stored activities of the years they fall
    /// in), in one transaction: all or nothing.
    /// </summary>
    /// <returns>How many items were created and how many replaced.</returns>
    public async Task<(int Created, int Replaced)> ImportAsync(IReadOnlyList<HandledItem> items, IReadOnlyList<LiaisonActivity> activities, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var created = 0;
        foreach (var item in items)
        {
            if (await UpsertAsync(connection, transaction, item, cancellationToken) == 1)
            {
                created++;
            }
        }

        // The activities of a document are the activities ledger of the years they fall in: they replace those years' stored
        // activities, so importing the same document twice counts each activity once.
        foreach (var year in activities.Select(a => a.Date.Year).Distinct())
        {
            await using var delete = new NpgsqlCommand("DELETE FROM activities WHERE held_on >= $1 AND held_on < $2", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = new LocalDate(year, 1, 1) });
            delete.Parameters.Add(new NpgsqlParameter { Value = new LocalDate(year + 1, 1, 1) });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var activity in activities)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO activities (held_on, type, topic, leader_attendances, member_attendances) VALUES ($1, $2, $3, $4, $5)", connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = activity.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = DisplayNames.Chinese(activity.Type) });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)activity.Topic ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = activity.LeaderAttendances });
            command.Parameters.Add(new NpgsqlParameter { Value = activity.MemberAttendances });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (created, items.Count - created);
    }

    private async Task<StoredItem?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ItemId id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT history::text, version FROM items WHERE id = $1 FOR UPDATE", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = id.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredItem(Parse(reader.GetString(0), id.Value), reader.GetInt32(1)) : null;
    }

    /// <summary>Inserts the item at version 1 or replaces it at version + 1 (only inserts when <paramref name="insertOnly"/>); returns the version stored.</summary>
    private async Task<int> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, HandledItem item, CancellationToken cancellationToken, bool insertOnly = false)
    {
        await using var command = new NpgsqlCommand(
            insertOnly ? Insert : Upsert,
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = item.Id.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = Names.Kind(item.Submission.Kind) });
        command.Parameters.Add(new NpgsqlParameter { Value = item.Submission.Year });
        command.Parameters.Add(new NpgsqlParameter { Value = item.State.FirstAssignedOn ?? item.History[0].Date });
        command.Parameters.Add(new NpgsqlParameter { Value = ItemDocumentWriter.WriteItemText(item), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetCurrentInstant() });
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private HandledItem Parse(string json, string id)
    {
        var read = ItemDocumentReader.ReadItemText(json, storedOptions);
        return read.IsValid
            ? read.Items[0]
            : throw new StoredItemException($"The stored history of item {id} no longer folds under the configured rules: {string.Join("; ", read.Errors)}");
    }
}

/// <summary>A stored history that the configured rules (a changed policy or calendar) no longer accept.</summary>
internal sealed class StoredItemException : Exception
{
    public StoredItemException(string message)
        : base(message)
    {
    }

    public StoredItemException()
    {
    }

    public StoredItemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
