namespace Zhengwu.Domain.Tests.PowerList.Changes;

/// <summary>Where an actor's account sits relative to the request's department and region.</summary>
public enum ScopeCase
{
    SameDepartment,
    OtherDepartment,
    OtherRegion,
}
