using FabricSim.Engine.Time;

namespace FabricSim.Network.Failures;

/// <summary>One applied failure or recovery: when, of what, and how many packets were lost at that instant.</summary>
internal sealed record FailureRecord(SimTime At, string Element, bool IsFailure, int PacketsLost);
