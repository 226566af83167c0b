// The public face of the municipalities feature: other features import from here only.
export { Municipality } from './municipality.entity.js';
export { MunicipalityService } from './municipality.service.js';
export { MunicipalitiesModule } from './municipalities.module.js';
export { MunicipalityKindEnum, RegionEnum } from './municipality.enums.js';
export { municipalityLoader } from './municipality.loader.js';
