using System.Security.Cryptography;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>A fresh table prefix per run, so that runs never see each other's rows.</summary>
internal static class TablePrefixes
{
    public static string New(string scenario) =>
        scenario + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 8);
}
