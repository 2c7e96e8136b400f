namespace TeamsCadenceBot.OneOnOnes;

/// <summary>The card verbs and input ids of 1:1 cards; the router sends every <c>oneonone.</c> verb here.</summary>
internal static class OneOnOneVerbs
{
    public const string Prefix = "oneonone.";
    public const string OpenSchedule = Prefix + "schedule.open";
    public const string SaveSchedule = Prefix + "schedule.save";
    public const string SubmitPrep = Prefix + "prep.submit";
    public const string AddTopic = Prefix + "agenda.topic";
    public const string AddItem = Prefix + "agenda.item";
    public const string AddDecision = Prefix + "agenda.decision";
    public const string Finish = Prefix + "agenda.finish";
    public const string Refresh = Prefix + "agenda.refresh";

    public const string RepInput = "rep";
    public const string WeekdayInput = "weekday";
    public const string TimeInput = "time";
    public const string LengthInput = "length";
    public const string ZoneInput = "zone";
    public const string FrequencyInput = "frequency";
    public const string ActiveInput = "active";

    public const string PriorityInput = "priority";
    public const string DealInput = "deal";
    public const string DealPickInput = "dealPick";
    public const string OtherInput = "other";

    public const string TopicInput = "topic";
    public const string DecisionInput = "decision";
    public const string ItemTextInput = "itemText";
    public const string ItemOwnerInput = "itemOwner";
    public const string ItemDueDateInput = "itemDueDate";
    public const string ItemDueTimeInput = "itemDueTime";
    public const string ItemCriterionInput = "itemDoneWhen";
    public const string ItemConfirmInput = "itemConfirm";

    public const string OwnerRep = "rep";
    public const string OwnerManager = "manager";
    public const string OwnerBoth = "both";
}

/// <summary>What a 1:1 card's buttons carry: the occurrence (or pair) and, on a stand-in's copy, whom it acts for.</summary>
/// <param name="Occurrence">The occurrence id, for prep and agenda cards.</param>
/// <param name="Rep">The rep, for schedule cards.</param>
/// <param name="As">On a stand-in's copy: the person the copy is meant for.</param>
internal sealed record OneOnOneActionData(string? Occurrence = null, string? Rep = null, string? As = null);
