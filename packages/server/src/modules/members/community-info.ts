/**
 * What the members module needs to know of the community, whose row the system module
 * owns: injected at composition (build-app) instead of reading another module's table.
 */
export interface CommunityInfo {
  name(): Promise<string>;
  welcome(): Promise<string>;
}
