using Azure.Data.Tables;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// Keeps conversations in the <c>conversations</c> table. Partitions, each beginning with the tenant:
/// <c>{tenant}|conversations</c> (one row per conversation), <c>{tenant}|members|{conversation}</c> (one row
/// per person seen there), <c>{tenant}|users</c> and <c>{tenant}|aad</c> (a person's personal chat by Teams
/// id and by Entra ID object id) and <c>{tenant}|tenant</c> (the latest service URL). A conversation or
/// tenant row changes by read-modify-write under its ETag, written only when something in it changed; the
/// people rows are merged blind (see <see cref="RememberPeopleAsync"/>). Callers avoid repeating
/// <see cref="RememberAsync"/> for what they know is stored (<see cref="ConversationObserver"/>).
/// A person's personal chat found by Entra ID object id is kept for <see cref="PersonalLifetime"/>, so that a
/// burst of reminders does not read it three times per message; any write in this instance forgets them all, so
/// only a change made by another instance is seen late (a send to a chat gone since then fails and marks it).
/// </summary>
internal sealed partial class ConversationStore(
    CadenceTables tables,
    TimeProvider time,
    ILogger<ConversationStore> logger) : IConversationStore
{
    private const string TableName = "conversations";
    private const string ServiceUrlRow = "serviceUrl";

    public static readonly TimeSpan PersonalLifetime = TimeSpan.FromSeconds(30);

    private readonly ExpiringEntries<ConversationReference> _personal = new(time, 10_000, PersonalLifetime);
    private long _writes;

    public async Task RememberAsync(
        ConversationReference reference,
        IReadOnlyCollection<ConversationMember> members,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpdateAsync<ConversationEntity>(
            Conversations(reference.TenantId),
            TableKeys.Row(reference.ConversationId),
            stored => stored is null
                ? ConversationEntity.Create(reference)
                : stored.Refresh(reference) ? stored : null,
            cancellationToken);
        await RememberPeopleAsync(table, reference, members, cancellationToken);
        ForgetPersonal();
    }

    public async Task<bool> MarkInstalledAsync(
        ConversationReference reference,
        IReadOnlyCollection<ConversationMember> members,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var now = time.GetUtcNow();
        var newlyInstalled = false;
        await table.UpdateAsync<ConversationEntity>(
            Conversations(reference.TenantId),
            TableKeys.Row(reference.ConversationId),
            stored =>
            {
                // Decided again on every attempt: the attempt whose write wins is the one that counts.
                newlyInstalled = stored is not { Installed: true };
                if (stored is null)
                {
                    return ConversationEntity.Create(reference).MarkInstalled(installed: true, now);
                }

                var refreshed = stored.Refresh(reference);
                return newlyInstalled ? stored.MarkInstalled(installed: true, now) : refreshed ? stored : null;
            },
            cancellationToken);

        if (reference is { Scope: ConversationScope.Team, TeamId: { } teamId })
        {
            await MarkTeamAsync(table, reference.TenantId, teamId, installed: true, now, cancellationToken);
        }

        await RememberPeopleAsync(table, reference, members, cancellationToken);
        ForgetPersonal();
        if (newlyInstalled)
        {
            LogInstalled(logger, reference.Scope);
        }

        return newlyInstalled;
    }

    public async Task<bool> MarkUninstalledAsync(
        string tenantId,
        string conversationId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var now = time.GetUtcNow();
        var wasInstalled = false;
        var stored = await table.UpdateAsync<ConversationEntity>(
            Conversations(tenantId),
            TableKeys.Row(conversationId),
            row =>
            {
                wasInstalled = row is { Installed: true };
                return wasInstalled ? row!.MarkInstalled(installed: false, now) : null;
            },
            cancellationToken);

        // A team is installed as a whole: removing it from any channel removes it from all of them. Teams
        // names the team by its id, which may have no row of its own, so an unknown id is tried as a team.
        if (stored is null || stored.Scope == nameof(ConversationScope.Team))
        {
            var teamId = stored?.TeamId ?? conversationId;
            wasInstalled |= await MarkTeamAsync(table, tenantId, teamId, installed: false, now, cancellationToken);
        }

        ForgetPersonal();
        if (wasInstalled)
        {
            LogUninstalled(logger, stored?.Scope ?? nameof(ConversationScope.Team));
        }

        return wasInstalled;
    }

    public async Task RemoveMemberAsync(
        string tenantId,
        string conversationId,
        string teamsUserId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.DeleteEntityAsync(
            Members(tenantId, conversationId),
            TableKeys.Row(teamsUserId),
            Azure.ETag.All,
            cancellationToken);
        ForgetPersonal();
    }

    public async Task<ConversationReference?> GetAsync(
        string tenantId,
        string conversationId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var stored = await table.GetEntityIfExistsAsync<ConversationEntity>(
            Conversations(tenantId),
            TableKeys.Row(conversationId),
            cancellationToken: cancellationToken);
        return stored.HasValue ? stored.Value!.ToReference() : null;
    }

    public async Task<IReadOnlyList<ConversationMember>> GetMembersAsync(
        string tenantId,
        string conversationId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var members = new List<ConversationMember>();
        var partition = Members(tenantId, conversationId);
        await foreach (var row in table.QueryAsync<MemberEntity>(
            m => m.PartitionKey == partition,
            cancellationToken: cancellationToken))
        {
            members.Add(row.ToMember());
        }

        return members;
    }

    public async Task<ConversationReference?> FindPersonalAsync(
        string tenantId,
        string teamsUserId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var user = await table.GetEntityIfExistsAsync<UserEntity>(
            Users(tenantId),
            TableKeys.Row(teamsUserId),
            cancellationToken: cancellationToken);
        return user is { HasValue: true, Value.PersonalConversationId: { } conversationId }
            ? await GetAsync(tenantId, conversationId, cancellationToken)
            : null;
    }

    public async Task<ConversationReference?> FindPersonalByAadObjectIdAsync(
        string tenantId,
        string aadObjectId,
        CancellationToken cancellationToken)
    {
        if (_personal.Find(tenantId, aadObjectId) is { } recent)
        {
            return recent;
        }

        var stamp = Interlocked.Read(ref _writes);
        var found = await FindTeamsUserIdAsync(tenantId, aadObjectId, cancellationToken) is { } teamsUserId
            ? await FindPersonalAsync(tenantId, teamsUserId, cancellationToken)
            : null;
        // A write may have landed while reading: then what was read may be the old version. Checked again after
        // keeping it, for a write that lands meanwhile.
        if (found is not null && Interlocked.Read(ref _writes) == stamp)
        {
            _personal.Set(tenantId, aadObjectId, found);
            if (Interlocked.Read(ref _writes) != stamp)
            {
                _personal.Remove(tenantId, aadObjectId);
            }
        }

        return found;
    }

    public async Task<string?> FindTeamsUserIdAsync(
        string tenantId,
        string aadObjectId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var user = await table.GetEntityIfExistsAsync<AadUserEntity>(
            Aad(tenantId),
            TableKeys.Row(aadObjectId),
            cancellationToken: cancellationToken);
        return user.HasValue ? user.Value!.TeamsUserId : null;
    }

    public async Task<IReadOnlyList<ConversationReference>> ListInstalledTeamsAndChatsAsync(
        string tenantId,
        CancellationToken cancellationToken)
    {
        // Personal rows share the partition and are skipped by the service: this list is asked for when a
        // manager sets up a team, rarely, and a tenant's conversations number in the thousands at most.
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = Conversations(tenantId);
        var personal = nameof(ConversationScope.Personal);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and Installed eq true and Scope ne {personal}");
        var installed = new List<ConversationReference>();
        await foreach (var row in table.QueryAsync<ConversationEntity>(filter, cancellationToken: cancellationToken))
        {
            installed.Add(row.ToReference());
        }

        var chats = installed.Where(c => c.Scope == ConversationScope.GroupChat);
        var teams = installed
            .Where(c => c.Scope == ConversationScope.Team)
            .GroupBy(c => c.TeamId ?? c.ConversationId, StringComparer.Ordinal)
            .Select(team => team.FirstOrDefault(c => c.ConversationId == team.Key) ?? team.First());
        return [.. chats.Concat(teams).OrderBy(c => c.ConversationId, StringComparer.Ordinal)];
    }

    public async Task<string?> GetServiceUrlAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var tenant = await table.GetEntityIfExistsAsync<TenantEntity>(
            TenantPartition(tenantId),
            ServiceUrlRow,
            cancellationToken: cancellationToken);
        return tenant.HasValue ? tenant.Value!.ServiceUrl : null;
    }

    // Facts about a person are merged in without reading first: two writers can only write the same kind of
    // fact, so the last one winning loses nothing, and batches of 100 per partition keep a large roster cheap.
    private static async Task RememberPeopleAsync(
        TableClient table,
        ConversationReference reference,
        IReadOnlyCollection<ConversationMember> members,
        CancellationToken cancellationToken)
    {
        var tenantId = reference.TenantId;
        var rows = new List<TableEntity>();
        foreach (var member in members)
        {
            var key = TableKeys.Row(member.TeamsUserId);
            rows.Add(Facts(Members(tenantId, reference.ConversationId), key, new()
            {
                [nameof(MemberEntity.TeamsUserId)] = member.TeamsUserId,
                [nameof(MemberEntity.AadObjectId)] = member.AadObjectId,
                [nameof(MemberEntity.Name)] = member.Name,
            }));
            rows.Add(Facts(Users(tenantId), key, new()
            {
                [nameof(UserEntity.TeamsUserId)] = member.TeamsUserId,
                [nameof(UserEntity.AadObjectId)] = member.AadObjectId,
                [nameof(UserEntity.PersonalConversationId)] =
                    reference.Scope == ConversationScope.Personal && reference.UserId == member.TeamsUserId
                        ? reference.ConversationId
                        : null,
            }));
            if (member.AadObjectId is { } aadObjectId)
            {
                rows.Add(Facts(Aad(tenantId), TableKeys.Row(aadObjectId), new()
                {
                    [nameof(AadUserEntity.TeamsUserId)] = member.TeamsUserId,
                }));
            }
        }

        // A transaction holds at most 100 operations on distinct rows of one partition.
        var batches = rows
            .DistinctBy(row => (row.PartitionKey, row.RowKey))
            .GroupBy(row => row.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(100));
        foreach (var batch in batches)
        {
            await table.SubmitTransactionAsync(
                batch.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertMerge, row)),
                cancellationToken);
        }

        await table.UpdateAsync<TenantEntity>(
            TenantPartition(tenantId),
            ServiceUrlRow,
            stored => stored?.ServiceUrl == reference.ServiceUrl
                ? null
                : new TenantEntity { ServiceUrl = reference.ServiceUrl },
            cancellationToken);
    }

    // A row holding only the facts that are known, so that merging it keeps what is stored for the rest.
    private static TableEntity Facts(string partitionKey, string rowKey, Dictionary<string, string?> facts)
    {
        var row = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in facts)
        {
            if (value is not null)
            {
                row[name] = value;
            }
        }

        return row;
    }

    // Brings every known channel of the team to the same installed state; true when one of them changed.
    private static async Task<bool> MarkTeamAsync(
        TableClient table,
        string tenantId,
        string teamId,
        bool installed,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var partition = Conversations(tenantId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and TeamId eq {teamId} and Installed eq {!installed}");
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<ConversationEntity>(
            filter,
            select: ["RowKey"],
            cancellationToken: cancellationToken))
        {
            rows.Add(row.RowKey);
        }

        foreach (var rowKey in rows)
        {
            await table.UpdateAsync<ConversationEntity>(
                partition,
                rowKey,
                stored => stored is null || stored.Installed == installed ? null : stored.MarkInstalled(installed, now),
                cancellationToken);
        }

        return rows.Count > 0;
    }

    private static string Conversations(string tenantId) => TableKeys.Partition(tenantId, "conversations");

    private static string Members(string tenantId, string conversationId) =>
        TableKeys.Partition(tenantId, "members", conversationId);

    private static string Users(string tenantId) => TableKeys.Partition(tenantId, "users");

    private static string Aad(string tenantId) => TableKeys.Partition(tenantId, "aad");

    private static string TenantPartition(string tenantId) => TableKeys.Partition(tenantId, "tenant");

    private void ForgetPersonal()
    {
        Interlocked.Increment(ref _writes);
        _personal.Clear();
    }

    [LoggerMessage(EventId = 1401, EventName = "ConversationInstalled", Level = LogLevel.Information,
        Message = "Stored a new installation in a {Scope} conversation")]
    private static partial void LogInstalled(ILogger logger, ConversationScope scope);

    [LoggerMessage(EventId = 1402, EventName = "ConversationUninstalled", Level = LogLevel.Information,
        Message = "Marked a {Scope} conversation as uninstalled; nothing more is sent there")]
    private static partial void LogUninstalled(ILogger logger, string scope);
}
