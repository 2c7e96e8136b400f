using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TeamsCadenceBot.Deals;

/// <summary>
/// A 128-bit hash of what a source told about a deal (derived fields left out), and of a snapshot's content:
/// equal content gives an equal hash, so an import can tell an unchanged deal without reading it whole.
/// </summary>
internal static class DealContentHash
{
    // A separator that no CRM text field carries, so "a" + "bc" never hashes like "ab" + "c".
    private const char Separator = '\u001F';
    private const string Null = "\u0000";

    public static UInt128 Of(IncomingDeal incoming)
    {
        var deal = incoming.Deal;
        var derive = incoming.Derive;
        var scorecard = deal.Scorecard;
        return Hash(
            deal.CrmId,
            deal.Name,
            deal.OwnerId,
            deal.Stage.ToString(),
            deal.CrmStage,
            DealText.Write(deal.Amount),
            DealText.Write(deal.CloseDate),
            deal.Category.ToString(),
            DealText.Write(deal.Probability),
            DealText.Write(deal.LastActivityDate),
            deal.NextStep,
            DealText.Write(deal.NextStepDate),
            deal.DecisionMaker,
            derive.HasFlag(DerivedFields.CreatedDate) ? Null : DealText.Write(deal.CreatedDate),
            derive.HasFlag(DerivedFields.StageEnteredDate) ? Null : DealText.Write(deal.StageEnteredDate),
            derive.HasFlag(DerivedFields.CloseDatePushCount) ? Null : Number(deal.CloseDatePushCount),
            deal.Source,
            Number(deal.EngagedContacts),
            Flag(scorecard.EconomicBuyerEngaged),
            Flag(scorecard.BudgetConfirmed),
            Flag(scorecard.DecisionProcessMapped),
            Flag(scorecard.PainQuantified),
            Flag(scorecard.ChampionIdentified));
    }

    public static UInt128 Of(DealSnapshot snapshot) =>
        Hash(
            snapshot.CrmId,
            snapshot.Name,
            snapshot.OwnerId,
            snapshot.Stage.ToString(),
            DealText.Write(snapshot.Amount),
            DealText.Write(snapshot.CloseDate),
            snapshot.Category.ToString(),
            snapshot.NextStep,
            DealText.Write(snapshot.NextStepDate));

    public static string Format(UInt128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, hash);
        return Convert.ToBase64String(bytes);
    }

    public static UInt128? Parse(string? text)
    {
        Span<byte> bytes = stackalloc byte[16];
        return text is { Length: 24 } && Convert.TryFromBase64String(text, bytes, out var written) && written == 16
            ? BinaryPrimitives.ReadUInt128LittleEndian(bytes)
            : null;
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Flag(bool? value) => value switch { true => "1", false => "0", null => null };

    private static UInt128 Hash(params string?[] fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            text.Append(field ?? Null).Append(Separator);
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }
}
