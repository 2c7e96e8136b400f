namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// The column names accepted for each field, per layout, most specific first; compared as <see cref="HeaderName"/>
/// keys. The README lists them; keep the two in step.
/// </summary>
internal static class DealColumns
{
    public static readonly IReadOnlyList<DealField> Required =
        [DealField.CrmId, DealField.Name, DealField.Owner, DealField.Stage];

    private static readonly Dictionary<DealField, string[]> Salesforce = new()
    {
        [DealField.CrmId] = ["Opportunity ID", "Id"],
        [DealField.Name] = ["Opportunity Name", "Name"],
        [DealField.Owner] =
        [
            "Owner Email", "Opportunity Owner Email", "Opportunity Owner: Email", "Owner.Email",
            "Opportunity Owner", "Owner", "Owner Name", "Owner Full Name",
        ],
        [DealField.Stage] = ["Stage", "StageName", "Stage Name"],
        [DealField.Amount] = ["Amount"],
        [DealField.CloseDate] = ["Close Date", "CloseDate"],
        [DealField.Category] = ["Forecast Category", "ForecastCategoryName", "ForecastCategory"],
        [DealField.Probability] = ["Probability (%)", "Probability"],
        [DealField.LastActivityDate] = ["Last Activity", "Last Activity Date", "LastActivityDate"],
        [DealField.NextStep] = ["Next Step", "NextStep"],
        [DealField.CreatedDate] = ["Created Date", "CreatedDate"],
        [DealField.Source] = ["Lead Source", "LeadSource"],
        [DealField.PushCount] = ["Push Count", "PushCount"],
        [DealField.StageEnteredDate] = ["Last Stage Change Date", "LastStageChangeDate"],
    };

    private static readonly Dictionary<DealField, string[]> HubSpot = new()
    {
        [DealField.CrmId] = ["Record ID", "Deal ID", "hs_object_id"],
        [DealField.Name] = ["Deal Name", "dealname"],
        [DealField.Owner] = ["Deal Owner Email", "Owner Email", "Deal owner", "Deal Owner Name"],
        [DealField.Stage] = ["Deal Stage", "dealstage"],
        [DealField.Amount] = ["Amount"],
        [DealField.CloseDate] = ["Close Date", "closedate"],
        [DealField.Category] = ["Forecast category", "hs_manual_forecast_category", "hs_forecast_category"],
        [DealField.Probability] = ["Deal probability", "Deal Stage Probability", "hs_deal_stage_probability"],
        [DealField.LastActivityDate] = ["Last Activity Date", "notes_last_updated"],
        [DealField.NextStep] = ["Next step", "hs_next_step"],
        [DealField.CreatedDate] = ["Create Date", "createdate"],
        [DealField.Source] = ["Original Source Type", "Deal source", "hs_analytics_source"],
        [DealField.EngagedContacts] = ["Number of Associated Contacts", "num_associated_contacts"],
    };

    // Columns that neither CRM has by default: custom fields that carry the scorecard and the rest.
    private static readonly Dictionary<DealField, string[]> Both = new()
    {
        [DealField.NextStepDate] = ["Next Step Date", "Next Step Due Date"],
        [DealField.DecisionMaker] = ["Decision Maker", "Decision Maker Name"],
        [DealField.EngagedContacts] = ["Engaged Contacts", "Number of Engaged Contacts", "Contacts Engaged"],
        [DealField.PushCount] = ["Close Date Push Count", "Push Count"],
        [DealField.StageEnteredDate] = ["Stage Entered Date", "Date Entered Current Stage"],
        [DealField.EconomicBuyerEngaged] = ["Economic Buyer Engaged", "Economic Buyer", "EB Engaged"],
        [DealField.BudgetConfirmed] = ["Budget Confirmed", "Budget"],
        [DealField.DecisionProcessMapped] = ["Decision Process Mapped", "Decision Process"],
        [DealField.PainQuantified] = ["Pain Quantified", "Identified Pain"],
        [DealField.ChampionIdentified] = ["Champion Identified", "Champion"],
    };

    private static readonly string[] SalesforceMarkers =
        [.. new[] { "Opportunity ID", "Opportunity Name", "Opportunity Owner", "StageName" }.Select(HeaderName.Key)];

    private static readonly string[] HubSpotMarkers =
        [.. new[] { "Record ID", "Deal Name", "Deal Stage", "Deal owner", "hs_object_id" }.Select(HeaderName.Key)];

    /// <summary>The accepted names of <paramref name="field"/> in <paramref name="layout"/>, most specific first.</summary>
    public static IReadOnlyList<string> Names(CrmLayout layout, DealField field)
    {
        var own = layout == CrmLayout.Salesforce ? Salesforce : HubSpot;
        return [.. own.GetValueOrDefault(field, []), .. Both.GetValueOrDefault(field, [])];
    }

    /// <summary>The layout whose marker columns the header has more of; null when neither or a tie.</summary>
    public static CrmLayout? Detect(IReadOnlyCollection<string> headerKeys)
    {
        var salesforce = SalesforceMarkers.Count(headerKeys.Contains);
        var hubSpot = HubSpotMarkers.Count(headerKeys.Contains);
        if (salesforce == hubSpot)
        {
            return null;
        }

        return salesforce > hubSpot ? CrmLayout.Salesforce : CrmLayout.HubSpot;
    }
}
