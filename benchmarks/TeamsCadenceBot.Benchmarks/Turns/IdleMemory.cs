using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>The service's memory before and after an induced full collection.</summary>
/// <param name="BeforeCollection">Resident memory as found.</param>
/// <param name="AfterCollection">Resident memory a second after the collection.</param>
/// <param name="ManagedHeapBytes">The managed heap after the collection; null when no induced GC was seen.</param>
internal sealed record IdleMemory(ProcessMemory BeforeCollection, ProcessMemory AfterCollection, long? ManagedHeapBytes);
