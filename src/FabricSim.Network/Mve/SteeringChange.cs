using FabricSim.Engine.Time;

namespace FabricSim.Network.Mve;

/// <summary>One steering decision: an application class moved from one transport to another, and why.</summary>
internal sealed record SteeringChange(SimTime At, string ApplicationClass, string From, string To, string Reason);
