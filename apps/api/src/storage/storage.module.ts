import { DynamicModule, Global, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { S3Storage, type S3StorageOptions } from './s3.storage.js';
import { StoragePort } from './storage.port.js';

export const S3_OPTIONS = Symbol('S3_OPTIONS');

class StorageShutdown implements OnApplicationShutdown {
  constructor(@Inject(StoragePort) private readonly storage: StoragePort) {}
  onApplicationShutdown() {
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}

@Global()
@Module({})
export class StorageModule {
  static forRoot(options: S3StorageOptions): DynamicModule {
    return {
      module: StorageModule,
      providers: [{ provide: StoragePort, useValue: new S3Storage(options) }, StorageShutdown],
      exports: [StoragePort],
    };
  }
}
