namespace TeamsCadenceBot.Deals.Import;

/// <summary>The CRM export layouts the importer reads, told apart by their header.</summary>
internal enum CrmLayout
{
    /// <summary>A Salesforce Opportunity export: a report export (labels) or a Data Loader export (API names).</summary>
    Salesforce,

    /// <summary>A HubSpot deal export: labels such as <c>Record ID</c>, or internal property names.</summary>
    HubSpot,
}
