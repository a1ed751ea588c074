import { activitiesDefinition } from './activities-definition.ts';
import type { EntityDefinition } from './entity-definition.ts';
import type { EntityName } from './entity-name.ts';
import { evaluationsDefinition } from './evaluations-definition.ts';
import { evidenceDefinition } from './evidence-definition.ts';
import { meetingsDefinition } from './meetings-definition.ts';
import { opportunitiesDefinition } from './opportunities-definition.ts';
import { partnersDefinition } from './partners-definition.ts';
import { peopleDefinition } from './people-definition.ts';
import { projectsDefinition } from './projects-definition.ts';
import { referencesDefinition } from './references-definition.ts';
import { surveysDefinition } from './surveys-definition.ts';

export const entityDefinitions: Readonly<Record<EntityName, EntityDefinition>> = {
  partners: partnersDefinition,
  people: peopleDefinition,
  opportunities: opportunitiesDefinition,
  activities: activitiesDefinition,
  surveys: surveysDefinition,
  meetings: meetingsDefinition,
  evaluations: evaluationsDefinition,
  evidence: evidenceDefinition,
  projects: projectsDefinition,
  references: referencesDefinition,
};
