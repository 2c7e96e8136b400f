namespace TeamsCadenceBot.Delivery;

/// <summary>
/// A queue message read as an <see cref="OutboundPointer"/>: the pointer, or else the tenant when the message
/// names one and why it could not be read.
/// </summary>
internal sealed record OutboundPointerRead(OutboundPointer? Pointer, string? TenantId, string Error);
