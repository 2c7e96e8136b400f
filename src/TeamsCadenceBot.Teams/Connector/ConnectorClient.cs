using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST client. It takes a pooled <see cref="HttpClient"/> from the factory for every try
/// (so that it can live as a singleton without pinning a handler) and waits through the injected
/// <see cref="TimeProvider"/> so that tests can drive its timing.
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokenProvider,
    IOptions<ConnectorOptions> options,
    IOptions<ConnectorCredentialOptions> credentialOptions,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger,
    IEnumerable<IConnectorThrottleListener>? throttleListeners = null,
    IConnectorRequestGate? requestGate = null) : IConnectorClient
{
    /// <summary>The name of the <see cref="HttpClient"/> this client asks the factory for.</summary>
    public const string HttpClientName = "TeamsConnector";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly ConnectorOptions _options = options.Value;

    public async Task<ConnectorResult<string>> SendAsync(
        ConversationAddress address,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var url = ConnectorUris.Activities(address.ServiceUrl, address.ConversationId);

        var result = await CallAsync(For(address, Json("send", HttpMethod.Post, url, activity)), cancellationToken);

        return Map(result, answer => ActivityId(answer, "send"));
    }

    public async Task<ConnectorResult<string>> ReplyAsync(
        ConversationAddress address,
        string replyToId,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var url = ConnectorUris.Activity(address.ServiceUrl, address.ConversationId, replyToId);

        var result = await CallAsync(For(address, Json("reply", HttpMethod.Post, url, activity)), cancellationToken);

        return Map(result, answer => ActivityId(answer, "reply"));
    }

    public async Task<ConnectorResult<string>> UpdateAsync(
        ConversationAddress address,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var url = ConnectorUris.Activity(address.ServiceUrl, address.ConversationId, activityId);

        var result = await CallAsync(For(address, Json("update", HttpMethod.Put, url, activity)), cancellationToken);

        // An update keeps the activity's id; some connectors answer without repeating it.
        return Map(result, answer => ActivityId(answer, "update") is { Length: > 0 } id ? id : activityId);
    }

    public async Task<ConnectorResult<bool>> DeleteAsync(
        ConversationAddress address,
        string activityId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var url = ConnectorUris.Activity(address.ServiceUrl, address.ConversationId, activityId);

        var call = For(address, new ConnectorCall("delete", HttpMethod.Delete, url, Body: null));

        var result = await CallAsync(call, cancellationToken);

        return Map(result, _ => true);
    }

    public async Task<ConnectorResult<string>> CreatePersonalConversationAsync(
        string serviceUrl,
        string tenantId,
        string userId,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var parameters = new ConversationParameters(
            IsGroup: false,
            Bot: BotAccount(),
            Members: [new ChannelAccount(userId)],
            TenantId: tenantId,
            ChannelData: new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
            Activity: null);
        var call = Json("createConversation", HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), parameters)
            with { TenantId = tenantId };

        var result = await CallAsync(call, cancellationToken);

        return Map(result, answer =>
        {
            var created = Parse<ConversationResourceResponse>(answer, call.Operation);
            return created?.Id is { Length: > 0 } id
                ? id
                : throw Malformed(call.Operation, answer, "no conversation id");
        });
    }

    public async Task<ConnectorResult<ChannelThread>> CreateChannelThreadAsync(
        string serviceUrl,
        string tenantId,
        string channelId,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        var parameters = new ConversationParameters(
            IsGroup: true,
            Bot: BotAccount(),
            Members: null,
            TenantId: tenantId,
            ChannelData: new TeamsChannelData
            {
                Channel = new ChannelInfo(channelId),
                Tenant = new TenantInfo(tenantId),
            },
            Activity: activity);
        var call = Json("createChannelThread", HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), parameters)
            with { TenantId = tenantId };

        var result = await CallAsync(call, cancellationToken);

        return Map(result, answer =>
        {
            var created = Parse<ConversationResourceResponse>(answer, call.Operation);
            if (created?.Id is not { Length: > 0 } id)
            {
                throw Malformed(call.Operation, answer, "no conversation id");
            }

            return new ChannelThread(id, created.ActivityId ?? ThreadRootId(id));
        });
    }

    public async Task<ConnectorResult<TeamsMember>> GetMemberAsync(
        ConversationAddress address,
        string userId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var url = ConnectorUris.Member(address.ServiceUrl, address.ConversationId, userId);
        var call = For(address, new ConnectorCall("getMember", HttpMethod.Get, url, Body: null));

        var result = await CallAsync(call, cancellationToken);

        return Map(result, answer =>
            ToMember(Parse<MemberPayload>(answer, call.Operation))
            ?? throw Malformed(call.Operation, answer, "no member id"));
    }

    public async Task<ConnectorResult<MembersPage>> GetMembersPageAsync(
        ConversationAddress address,
        string? continuationToken,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var url = ConnectorUris.PagedMembers(
            address.ServiceUrl,
            address.ConversationId,
            _options.MembersPageSize,
            continuationToken);
        var call = For(address, new ConnectorCall("getMembersPage", HttpMethod.Get, url, Body: null));

        var result = await CallAsync(call, cancellationToken);

        return Map(result, answer =>
        {
            var page = Parse<PagedMembersPayload>(answer, call.Operation);
            var members = (page?.Members ?? []).Select(ToMember).OfType<TeamsMember>().ToList();
            var next = string.IsNullOrEmpty(page?.ContinuationToken) ? null : page.ContinuationToken;
            return new MembersPage(members, next);
        });
    }

    // Gaps: a send retried after a 5xx or a lost answer can post twice, as the connector takes no idempotency key.
    // Gaps: a 401 is not retried with a fresh token, so a token revoked before it expires fails calls until then.
    // Pacing to Teams' rate limits is the application's IConnectorRequestGate, awaited before every attempt.
    private async Task<ConnectorResult<ConnectorAnswer>> CallAsync(
        ConnectorCall call,
        CancellationToken cancellationToken)
    {
        var maxAttempts = _options.MaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            ConnectorAnswer answer;
            try
            {
                answer = await SendPacedAsync(call, cancellationToken);
            }
            catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
            {
                if (attempt >= maxAttempts)
                {
                    ConnectorLog.GaveUp(logger, call.Operation, attempt, statusCode: null);
                    throw new ConnectorException(
                        $"Connector {call.Operation} got no answer after {attempt} tries.",
                        statusCode: null,
                        errorCode: null,
                        exception);
                }

                var backoff = Backoff(attempt);
                ConnectorLog.TransportRetrying(logger, exception, call.Operation, attempt + 1, maxAttempts, backoff);
                await Task.Delay(backoff, timeProvider, cancellationToken);
                continue;
            }

            if (answer.IsSuccess)
            {
                return new ConnectorResult<ConnectorAnswer>(ConnectorOutcome.Succeeded, answer);
            }

            if (answer.StatusCode == 404)
            {
                return new ConnectorResult<ConnectorAnswer>(ConnectorOutcome.NotFound, null);
            }

            var errorCode = ConnectorErrorCode.Read(answer.Body);
            if (answer.StatusCode == 403 && ConnectorErrorCode.MeansBlocked(errorCode))
            {
                ConnectorLog.RecipientBlocked(logger, call.Operation, errorCode);
                return new ConnectorResult<ConnectorAnswer>(ConnectorOutcome.RecipientBlocked, null);
            }

            if (!IsTransient(answer.StatusCode))
            {
                ConnectorLog.Refused(logger, call.Operation, answer.StatusCode, errorCode);
                throw new ConnectorException(
                    $"Connector {call.Operation} was refused with HTTP {answer.StatusCode} ({errorCode ?? "no code"}).",
                    answer.StatusCode,
                    errorCode);
            }

            // Every 429 pauses the tenant, the last one and one asking for too long a wait included: the
            // caller gives up on this call, but the tenant's other work must still wait for the Retry-After.
            var asked = ConnectorBackoff.FromRetryAfter(answer.RetryAfter, timeProvider.GetUtcNow());
            var delay = asked ?? (answer.StatusCode == 429 ? _options.DefaultRetryAfter : Backoff(attempt));
            if (answer.StatusCode == 429)
            {
                foreach (var listener in throttleListeners ?? [])
                {
                    listener.OnThrottled(call.TenantId, delay);
                }
            }

            var retryAfter = answer.StatusCode == 429 ? delay : asked;
            if (attempt >= maxAttempts)
            {
                ConnectorLog.GaveUp(logger, call.Operation, attempt, answer.StatusCode);
                throw new ConnectorException(
                    $"Connector {call.Operation} gave up after {attempt} tries; the last answer was HTTP "
                    + $"{answer.StatusCode} ({errorCode ?? "no code"}).",
                    answer.StatusCode,
                    errorCode)
                {
                    RetryAfter = retryAfter,
                };
            }

            if (asked > _options.MaxRetryAfter)
            {
                ConnectorLog.RetryAfterTooLong(logger, call.Operation, delay, _options.MaxRetryAfter);
                throw new ConnectorException(
                    $"Connector {call.Operation} was asked to wait {delay}, longer than Bot:Connector:MaxRetryAfter.",
                    answer.StatusCode,
                    errorCode)
                {
                    RetryAfter = delay,
                };
            }

            ConnectorLog.Retrying(logger, call.Operation, answer.StatusCode, attempt + 1, maxAttempts, delay);
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    private async Task<ConnectorAnswer> SendPacedAsync(ConnectorCall call, CancellationToken cancellationToken)
    {
        using var permit = requestGate is null
            ? null
            : await requestGate.EnterAsync(call.TenantId, call.ConversationId, cancellationToken);
        return await SendOnceAsync(call, cancellationToken);
    }

    private async Task<ConnectorAnswer> SendOnceAsync(ConnectorCall call, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Method, call.Url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (call.Body is not null)
        {
            request.Content = new ByteArrayContent(call.Body);
            request.Content.Headers.ContentType = JsonContentType;
        }

        if (await TokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(
            request,
            HttpCompletionOption.ResponseContentRead,
            cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new ConnectorAnswer((int)response.StatusCode, body, response.Headers.RetryAfter);
    }

    private async Task<string?> TokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await tokenProvider.GetTokenAsync(cancellationToken);
        }
        catch (AuthenticationFailedException exception)
        {
            throw new ConnectorException("Could not get a token for the connector.", null, null, exception);
        }
    }

    // Jitter only needs to spread callers apart, not to be unpredictable.
#pragma warning disable CA5394
    private TimeSpan Backoff(int attempt) =>
        ConnectorBackoff.Exponential(attempt, Random.Shared.NextDouble(), _options.BaseDelay, _options.MaxDelay);
#pragma warning restore CA5394

    private ChannelAccount? BotAccount() =>
        credentialOptions.Value.ClientId is { Length: > 0 } appId ? new ChannelAccount($"28:{appId}") : null;

    private static ConnectorCall For(ConversationAddress address, ConnectorCall call) =>
        call with { TenantId = address.TenantId, ConversationId = address.ConversationId };

    private static ConnectorCall Json<TBody>(string operation, HttpMethod method, string url, TBody body) =>
        new(operation, method, url, JsonSerializer.SerializeToUtf8Bytes(body, ProtocolJson.Options));

    private static bool IsTransient(int statusCode) => statusCode is 412 or 429 or 500 or 502 or 503 or 504;

    private static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException
        || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static ConnectorResult<T> Map<T>(ConnectorResult<ConnectorAnswer> result, Func<ConnectorAnswer, T> map) =>
        result is { Outcome: ConnectorOutcome.Succeeded, Value: { } answer }
            ? new ConnectorResult<T>(ConnectorOutcome.Succeeded, map(answer))
            : new ConnectorResult<T>(result.Outcome, default);

    // A typing activity gets no id; the empty string says "sent, nothing to refer to".
    private static string ActivityId(ConnectorAnswer answer, string operation) =>
        Parse<ResourceResponse>(answer, operation)?.Id ?? string.Empty;

    private static T? Parse<T>(ConnectorAnswer answer, string operation)
        where T : class
    {
        if (answer.Body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(answer.Body, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            throw new ConnectorException(
                $"Connector {operation} answered HTTP {answer.StatusCode} with a body that is not the expected JSON.",
                answer.StatusCode,
                errorCode: null,
                exception);
        }
    }

    private static ConnectorException Malformed(string operation, ConnectorAnswer answer, string what) =>
        new($"Connector {operation} answered HTTP {answer.StatusCode} with {what}.", answer.StatusCode, null);

    private static TeamsMember? ToMember(MemberPayload? member) =>
        member?.Id is { Length: > 0 } id
            ? new TeamsMember(
                id,
                member.Name,
                member.ObjectId ?? member.AadObjectId,
                member.Email,
                member.UserPrincipalName)
            : null;

    // A channel thread's conversation id ends in ";messageid={root post id}".
    private static string ThreadRootId(string conversationId)
    {
        const string Marker = ";messageid=";
        var index = conversationId.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? string.Empty : conversationId[(index + Marker.Length)..];
    }
}
