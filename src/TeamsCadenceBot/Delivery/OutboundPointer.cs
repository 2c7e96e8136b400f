using System.Text.Json;

namespace TeamsCadenceBot.Delivery;

/// <summary>What travels on the queue: which outbox row to send.</summary>
internal sealed record OutboundPointer(string TenantId, string Key)
{
    /// <summary>Reads a queue message's text; says why when it is not a pointer with a tenant and a key.</summary>
    public static OutboundPointerRead Read(string text)
    {
        OutboundPointer? pointer;
        try
        {
            pointer = JsonSerializer.Deserialize<OutboundPointer>(text);
        }
        catch (JsonException e)
        {
            return new OutboundPointerRead(null, null, "not JSON of the expected shape: " + e.Message);
        }

        var tenant = string.IsNullOrWhiteSpace(pointer?.TenantId) ? null : pointer.TenantId;
        if (tenant is null)
        {
            return new OutboundPointerRead(null, null, "no TenantId");
        }

        return string.IsNullOrWhiteSpace(pointer!.Key)
            ? new OutboundPointerRead(null, tenant, "no Key")
            : new OutboundPointerRead(pointer, tenant, string.Empty);
    }
}
