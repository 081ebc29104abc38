// Reads the pinned CDK CLI's bootstrap template (JSON, on standard input) and prints it without the ECR
// repository for container assets, and without whatever refers to it (the image publishing policy, the
// repository's output). The portal has no container assets, and some emulators can only create an ECR
// repository with a Docker engine, so `cdk bootstrap` with the full template fails on them.
'use strict';

const input = require('fs').readFileSync(0, 'utf8');
const template = JSON.parse(input);
const removed = new Set(['ContainerAssetsRepository']);

/** Whether this part of the template names a removed resource (Ref, GetAtt, Sub or DependsOn). */
function refersToRemoved(value) {
  const text = JSON.stringify(value);
  return [...removed].some((id) => text.includes(`"Ref":"${id}"`) || text.includes(`"Fn::GetAtt":["${id}"`)
    || text.includes('${' + id + '.') || text.includes('${' + id + '}') || text.includes(`"${id}"]`)
    || text.includes(`"DependsOn":"${id}"`));
}

delete template.Resources.ContainerAssetsRepository;
for (let changed = true; changed;) {
  changed = false;
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (refersToRemoved(resource)) {
      delete template.Resources[id];
      removed.add(id);
      changed = true;
    }
  }
}
for (const [id, output] of Object.entries(template.Outputs || {})) {
  if (refersToRemoved(output)) {
    delete template.Outputs[id];
  }
}
const left = JSON.stringify(template);
if (!template.Resources.StagingBucket || !template.Outputs.BucketName || !template.Outputs.BootstrapVersion
    || [...removed].some((id) => left.includes(`"Ref":"${id}"`) || left.includes('${' + id))) {
  console.error('emulator-bootstrap-template: the CDK CLI\'s bootstrap template has changed; check this script');
  process.exit(1);
}
console.error(`emulator-bootstrap-template: left out ${[...removed].join(', ')} and the outputs naming them`);
process.stdout.write(JSON.stringify(template, null, 1) + '\n');
