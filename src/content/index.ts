// The demo directory: the fictional city of Valdemar, Ponte's embedded default content.
import type { Directory } from '../shared/directory';
import { easyRead } from './easy';
import { withEasyRead } from './easy/easy-texts';
import { organizations } from './organizations';
import { rights } from './rights';
import { familyOlderDisability } from './services/family-older-disability';
import { housingFoodMoney } from './services/housing-food-money';
import { migrantsSafetyDigital } from './services/migrants-safety-digital';
import { workHealthLegal } from './services/work-health-legal';

export const demoDirectory: Directory = withEasyRead(
  {
    organizations,
    services: [...housingFoodMoney, ...workHealthLegal, ...familyOlderDisability, ...migrantsSafetyDigital],
    rights,
  },
  easyRead,
);
