import { ApiExtension } from '@nestjs/swagger';
import type { ErrorReason } from '@clapper/domain/refusals';

export const REFUSALS = 'clapper:refusals';

/**
 * The refusals an endpoint (or every endpoint of a controller) may answer with, beyond the common ones any
 * endpoint can give (libs/domain/src/refusals/common.ts). Several @Refuses on one method or class add up. They are
 * listed in the OpenAPI document as `x-refusals`; refusals.interceptor.ts checks each answer against them, and
 * refusals.spec.ts walks every controller's declarations against the enums.
 */
export function Refuses(...reasons: ErrorReason[]): ClassDecorator & MethodDecorator {
  return (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const where: object = descriptor ? (descriptor.value as object) : target;
    const declared = [...new Set([...((Reflect.getMetadata(REFUSALS, where) as ErrorReason[] | undefined) ?? []), ...reasons])];
    Reflect.defineMetadata(REFUSALS, declared, where);
    if (descriptor) ApiExtension('x-refusals', declared)(target, key, descriptor);
    else ApiExtension('x-refusals', declared)(target);
  };
}
