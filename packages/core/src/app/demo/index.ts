export * from './ensure-demo-org.ts';
export * from './load-example-program.ts';
