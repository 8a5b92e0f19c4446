import { lazy } from '../text/lazy';
import { EntityModel, type ModelWithRules } from './model';
import { fromBase64, unpackWeights } from './weights';
import { MODEL_DATA } from './weights.generated';

/** The model the package ships, decoded on first use (importing khabar decodes nothing). */
export const shippedModel = lazy(
  (): ModelWithRules => ({
    reader: new EntityModel(unpackWeights(fromBase64(MODEL_DATA.weights)), MODEL_DATA),
    veto: MODEL_DATA.veto,
    promote: MODEL_DATA.promote,
  }),
);
